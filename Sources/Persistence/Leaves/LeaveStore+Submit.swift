import Domain
import FluentKit
import Foundation
import SQLKit

extension LeaveStore {
    /// A student applies to leave campus. `key` is the form's one-time token or the API's Idempotency-Key: the same
    /// key with the same days and texts answers the line already stored (`created` false); with others it is refused.
    public func apply(_ draft: LeaveDraft, key: String?, context: AuditContext) async throws -> (leave: LeaveApplication, created: Bool) {
        let actor = context.actor
        guard let personID = actor.personID, let schoolID = actor.schoolID else {
            throw DomainError.invalid(field: nil, message: Message(zh: "此账号没有对应的学生档案，不能申请离校",
                                                                   en: "This account has no student record and cannot apply for leave"))
        }
        let today = try await today(of: schoolID, now: context.now)
        let key = try TicketStore.checkedKey(key)
        if let key, let existing = try await existing(person: personID, key: key) { return (try Self.replay(existing, draft), false) }
        let draft = try draft.validated(today: today)
        guard let person = try await PersonRecord.query(on: database).filter(\.$id == personID.rawValue).first(),
              let classID = person.classID, let gridPath = person.gridPath else {
            throw DomainError.invalid(field: nil, message: Message(zh: "你的档案没有班级，请联系辅导员",
                                                                   en: "Your record has no class; ask your counsellor"))
        }
        let leave = LeaveApplication(id: .init(UUID()), schoolID: schoolID, personID: personID, traveller: .student,
                                     classID: .init(classID), gridPath: TreePath(rawValue: gridPath), draft: draft,
                                     status: LeaveTransition.openingStatus(.student, firstDay: draft.firstDay, today: today),
                                     createdAt: context.now)
        return try await store(leave, key: key, draft: draft, action: .leaveApplied, context: context) { tx in
            try await notifyCounselors(leave, name: person.name, on: tx, now: context.now)
        }
    }

    /// An administrator records a staff member's movement: approved at once, or already left when it starts today.
    /// The staff member must be in the administrator's scope.
    public func recordStaffMovement(_ draft: LeaveDraft, staff number: String, key: String?, context: AuditContext) async throws -> (leave: LeaveApplication, created: Bool) {
        let actor = context.actor
        guard actor.may(.recordStaffMovements), let schoolID = actor.schoolID else { throw DomainError.forbidden }
        let number = number.trimmingCharacters(in: .whitespaces)
        guard !number.isEmpty, let person = try await PersonRecord.query(on: database).scoped(actor.scope)
            .filter(\.$schoolID == schoolID.rawValue).filter(\.$number == number).first(), person.kind == Person.Kind.staff.rawValue,
            let personID = person.id else {
            throw DomainError.invalid(field: "number", message: Message(zh: "找不到该工号的教职工", en: "No staff member in your scope has this number"))
        }
        let today = try await today(of: schoolID, now: context.now)
        let key = try TicketStore.checkedKey(key)
        if let key, let existing = try await existing(person: .init(personID), key: key) { return (try Self.replay(existing, draft), false) }
        let draft = try draft.validated(today: today)
        var leave = LeaveApplication(id: .init(UUID()), schoolID: schoolID, personID: .init(personID), traveller: .staff,
                                     classID: nil, gridPath: nil, draft: draft,
                                     status: LeaveTransition.openingStatus(.staff, firstDay: draft.firstDay, today: today),
                                     createdAt: context.now)
        leave.decidedBy = actor.login; leave.decidedAt = context.now
        if leave.status == .left { leave.leftAt = context.now; leave.leftDay = today }
        return try await store(leave, key: key, draft: draft, action: .staffMovementRecorded, context: context)
    }

    /// Stores a new line with its audit event; a second request with the same key that raced in answers the first.
    private func store(_ leave: LeaveApplication, key: String?, draft: LeaveDraft, action: AuditAction, context: AuditContext,
                       then notify: @escaping @Sendable (any Database) async throws -> Void = { _ in }) async throws -> (leave: LeaveApplication, created: Bool) {
        do {
            try await database.writing { tx in
                try await Self.checkOverlap(leave, on: tx)
                let record = LeaveRecord()
                record.apply(leave)
                record.submissionKey = key ?? UUID().uuidString; record.updatedAt = context.now
                try await record.create(on: tx)
                try await audit.append(context.event(action, target: "leave:\(leave.id.rawValue)", school: leave.schoolID,
                                                     detail: "\(leave.traveller.rawValue) \(leave.firstDay.iso)..\(leave.lastDay.iso) \(leave.status.rawValue)"), on: tx)
                try await notify(tx)
            }
            return (leave, true)
        } catch let error where TicketStore.isUniqueViolation(error) && key != nil {
            guard let existing = try await existing(person: leave.personID, key: key!) else { throw error }
            return (try Self.replay(existing, draft), false)
        }
    }

    /// One open line per person and day: a second application for days already asked for is a mistake.
    private static func checkOverlap(_ leave: LeaveApplication, on tx: any Database) async throws {
        let clash = try await LeaveRecord.query(on: tx).filter(\.$personID == leave.personID.rawValue)
            .filter(\.$status ~~ LeaveStatus.allCases.filter(\.isOpen).map(\.rawValue))
            .filter(\.$firstDay <= leave.lastDay.iso).filter(\.$lastDay >= leave.firstDay.iso).first()
        if let clash {
            throw DomainError.conflict(Message(zh: "这些日期已有离校申请（\(clash.firstDay)至\(clash.lastDay)）",
                                               en: "These days already have a leave (\(clash.firstDay) to \(clash.lastDay))"))
        }
    }

    private func existing(person: Person.ID, key: String) async throws -> LeaveRecord? {
        try await LeaveRecord.query(on: database).filter(\.$personID == person.rawValue).filter(\.$submissionKey == key).first()
    }

    private static func replay(_ existing: LeaveRecord, _ draft: LeaveDraft) throws -> LeaveApplication {
        let leave = existing.domain
        let trimmed = { (s: String) in s.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard leave.firstDay == draft.firstDay, leave.lastDay == draft.lastDay,
              leave.destination == trimmed(draft.destination), leave.reason == trimmed(draft.reason) else {
            throw DomainError.invalid(field: "Idempotency-Key", message: Message(
                zh: "该幂等键已用于另一份申请", en: "This idempotency key was already used for a different application"))
        }
        return leave
    }

    func today(of school: School.ID, now: Date) async throws -> LocalDate {
        try await SchoolStore(database: database).today(of: school, now: now)
    }
}
