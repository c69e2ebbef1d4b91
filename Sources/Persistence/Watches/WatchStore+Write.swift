import Crypto
import Domain
import FluentKit
import Foundation
import SQLKit

extension WatchStore {
    /// Puts a student of the actor's scope on watch (the daily-report writer opens watches itself, with the same
    /// row). One open watch per student: a second is refused as a conflict. `key` is the form's one-time token
    /// or the API's Idempotency-Key: the same key answers the watch it opened the first time.
    @discardableResult
    public func open(person: Person.ID, reason: String, day: LocalDate, reportID: UUID? = nil, key: String? = nil,
                     context: AuditContext) async throws -> Watch {
        let actor = context.actor
        guard let student = try await PersonRecord.query(on: database).scoped(actor.scope).filter(\.$id == person.rawValue).first()
        else { throw DomainError.notFound }
        let key = try TicketStore.checkedKey(key)
        guard student.kind == Person.Kind.student.rawValue, let gridPath = student.gridPath else {
            throw DomainError.invalid(field: "person", message: Message(zh: "只能关注有班级的学生", en: "Only a student with a class can be put on watch"))
        }
        let id = Watch.ID(Self.rowID(key, login: actor.login, kind: "watch"))
        if key != nil, let existing = try await WatchRecord.query(on: database).filter(\.$id == id.rawValue).first() {
            guard existing.personID == person.rawValue else { throw Self.keyReused }
            return try await find(id, scope: actor.scope).watch
        }
        let watch = Watch(id: id, schoolID: .init(student.schoolID), personID: person, gridPath: TreePath(rawValue: gridPath),
                          openedOn: day, reportID: reportID, reason: try WatchRules.openingReason(reason), createdAt: context.now)
        try WatchRules.checkManage(watch, actor: actor)
        return try await database.writing { tx in
            // Takes the student's row lock on PostgreSQL, so two openings for one student cannot both pass the check.
            try await (tx as! any SQLDatabase).update("people").set("id", to: SQLColumn("id"))
                .where("id", .equal, SQLBind(person.rawValue)).run()
            if try await WatchRecord.query(on: tx).filter(\.$personID == person.rawValue)
                .filter(\.$status == WatchStatus.open.rawValue).count() > 0 {
                throw DomainError.conflict(Message(zh: "该学生已在重点关注名单中", en: "This student is already on the watch list"))
            }
            try await WatchRecord(watch).create(on: tx)
            try await audit.append(context.event(.watchOpened, target: "watch:\(id.rawValue)", school: watch.schoolID,
                                                 detail: "person:\(person.rawValue) \(day.iso)"), on: tx)
            return watch
        }
    }

    /// Logs a follow-up on an open watch in scope.
    @discardableResult
    public func followUp(_ draft: FollowUpDraft, on id: Watch.ID, key: String? = nil, context: AuditContext) async throws -> FollowUp {
        let actor = context.actor
        let key = try TicketStore.checkedKey(key)
        let followUpID = FollowUp.ID(Self.rowID(key, login: actor.login, kind: "follow-up"))
        if key != nil, let existing = try await FollowUpRecord.query(on: database).filter(\.$id == followUpID.rawValue).first() {
            let old = existing.domain
            guard old.watchID == id, old.method == draft.method, old.result == draft.result else { throw Self.keyReused }
            return old
        }
        return try await database.writing { tx in
            let watch = try await lockedWatch(id, actor: actor, on: tx)
            let checked = try WatchRules.followUp(draft, on: watch, by: actor, now: context.now)
            let followUp = FollowUp(id: followUpID, watchID: id, method: checked.method!, result: checked.result!,
                                    note: checked.note, happenedAt: checked.happenedAt!, recordedBy: actor.login, createdAt: context.now)
            try await FollowUpRecord(followUp).create(on: tx)
            try await audit.append(context.event(.followUpRecorded, target: "watch:\(id.rawValue)", school: watch.schoolID,
                                                 detail: "\(followUp.method.rawValue) \(followUp.result.rawValue)"), on: tx)
            return followUp
        }
    }

    /// Closes an open watch in scope with a reason.
    @discardableResult
    public func close(_ id: Watch.ID, with closing: WatchClosing?, context: AuditContext) async throws -> Watch {
        let actor = context.actor
        // Read outside the transaction: on SQLite its one connection is taken until it commits.
        let schoolID = try await record(id, scope: actor.scope).schoolID
        let zone = try await timeZones([schoolID])[schoolID] ?? .current
        return try await database.writing { tx in
            let watch = try await lockedWatch(id, actor: actor, on: tx)
            let checked = try WatchRules.close(watch, with: closing, by: actor)
            let record = try await record(id, scope: actor.scope, on: tx)
            record.status = WatchStatus.closed.rawValue; record.closedAt = context.now
            record.closedBy = actor.login; record.closedReason = checked.stored
            try await record.update(on: tx)
            try await audit.append(context.event(.watchClosed, target: "watch:\(id.rawValue)", school: watch.schoolID,
                                                 detail: checked.reason.rawValue), on: tx)
            return record.domain(timeZone: zone)
        }
    }

    /// The watch, read after taking its row lock (PostgreSQL), so that a follow-up and a closing never cross.
    private func lockedWatch(_ id: Watch.ID, actor: Actor, on tx: any Database) async throws -> Watch {
        try await (tx as! any SQLDatabase).update("watches").set("status", to: SQLColumn("status"))
            .where("id", .equal, SQLBind(id.rawValue)).run()
        let record = try await record(id, scope: actor.scope, on: tx)
        return record.domain(timeZone: .current)
    }

    /// The row id a one-time key stands for, per account, so that a replay finds the first row and two accounts'
    /// keys never collide. Without a key, a fresh id.
    static func rowID(_ key: String?, login: String, kind: String) -> UUID {
        guard let key = key?.trimmingCharacters(in: .whitespaces), !key.isEmpty else { return UUID() }
        let digest = Array(SHA256.hash(data: Data("\(kind)|\(login)|\(key)".utf8)))
        return UUID(uuid: (digest[0], digest[1], digest[2], digest[3], digest[4], digest[5], digest[6], digest[7],
                           digest[8], digest[9], digest[10], digest[11], digest[12], digest[13], digest[14], digest[15]))
    }

    static let keyReused = DomainError.invalid(field: "Idempotency-Key", message: Message(
        zh: "该提交凭据已用于另一份记录", en: "This key was already used for a different record"))
}
