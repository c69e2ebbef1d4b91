import Domain
import FluentKit
import Foundation
import SQLKit

extension TicketStore {
    /// Applies one action to a ticket in scope: the rule decides, and the change, its history line, its audit
    /// event and the notices it causes commit together. The row is locked first, so two hands never race.
    @discardableResult
    public func act(_ id: Ticket.ID, _ action: TicketAction, context: AuditContext) async throws -> Ticket {
        let actor = context.actor
        let before = try await record(id, scope: actor.scope).domain
        let party = party(before, actor: actor)
        guard let school = try await SchoolStore(database: database).find(before.schoolID) else { throw DomainError.notFound }
        try await check(action, on: before, party: party, actor: actor)
        let deadlines = try await CalendarStore(database: database, audit: audit)
            .deadlines(of: school, around: LocalDate(context.now, in: school.timeZone).year)
        return try await database.writing { tx in
            // Takes the row lock on PostgreSQL before reading, so the rule sees the latest state.
            try await (tx as! any SQLDatabase).update("tickets").set("updated_at", to: SQLColumn("updated_at"))
                .where("id", .equal, SQLBind(id.rawValue)).run()
            let record = try await self.record(id, scope: actor.scope, on: tx)
            let old = record.domain
            let new = try TicketTransition(deadlines: deadlines).apply(action, to: old, by: party, actor: actor.personID, at: context.now)
            record.apply(new, timeZone: school.timeZone)
            record.updatedAt = context.now
            try await record.update(on: tx)
            let event = TicketEvent(kind: action.kind, at: context.now, actorPersonID: actor.personID,
                                    actorName: party.isRequester ? "" : actor.displayName, note: action.note,
                                    departmentID: new.departmentID)
            try await TicketEventRecord(ticket: id, event).create(on: tx)
            try await tally(from: old, to: new, timeZone: school.timeZone, on: tx)
            try await audit.append(context.event(.ticketUpdated, target: "ticket:\(id.rawValue)", school: new.schoolID,
                                                 detail: "\(new.reference) \(action.kind.rawValue) \(old.status.rawValue)→\(new.status.rawValue)"), on: tx)
            // 积分制: an answer within the time limit earns its author points, once per ticket (a reopened ticket
            // answered again finds the first award).
            if case .answer = action, new.wasAnsweredOnTime, let author = new.answeredBy {
                try await PointAwards.record(.ticketAnsweredOnTime, person: author.rawValue, source: "ticket:\(id.rawValue)",
                                             school: new.schoolID, context: context, audit: audit, on: tx)
            }
            try await notifyAbout(action, old: old, new: new, actor: actor, now: context.now, on: tx)
            return new
        }
    }

    /// What the rule cannot see: that the places an action names exist, belong to the school and may be named.
    private func check(_ action: TicketAction, on ticket: Ticket, party: TicketParty, actor: Actor) async throws {
        let departments = DepartmentStore(database: database, audit: audit)
        switch action {
        case .transfer(let department, let category, _):
            let target: Department
            do { target = try await departments.department(department, school: ticket.schoolID) } catch DomainError.notFound {
                throw DomainError.invalid(field: "department", message: Message(zh: "请选择要转交的部门", en: "Choose the department to transfer to"))
            }
            if !target.isActive {
                throw DomainError.invalid(field: "department", message: Message(zh: "该部门已停用", en: "This department is no longer active"))
            }
            if let category, (try? await departments.category(category, school: ticket.schoolID))?.departmentID != department {
                throw DomainError.invalid(field: "category", message: Message(zh: "所选类别不属于该部门", en: "The category does not belong to that department"))
            }
        case .accept(let assignee) where assignee != actor.personID:
            let staff = try await departments.staff(of: ticket.departmentID, roles: [.responder, .departmentLeader], on: database)
            if !staff.contains(assignee) {
                throw DomainError.invalid(field: "assignee", message: Message(zh: "只能交给本部门的承办人", en: "Assign to a responder of the department"))
            }
        case .merge(let target):
            let other: Ticket
            do { other = try await find(target, scope: actor.scope) } catch DomainError.notFound {
                throw DomainError.invalid(field: "into", message: Message(zh: "找不到要合并到的诉求", en: "The ticket to merge into was not found"))
            }
            if other.status == .merged || other.schoolID != ticket.schoolID {
                throw DomainError.invalid(field: "into", message: Message(zh: "不能合并到已合并的诉求", en: "Cannot merge into a merged ticket"))
            }
        default:
            break
        }
    }

    /// Tells the people the change concerns: the requester of an answer or a question, the new department of a
    /// transfer, the responder of a colleague's assignment, new information or a reopening.
    private func notifyAbout(_ action: TicketAction, old: Ticket, new: Ticket, actor: Actor, now: Date, on tx: any Database) async throws {
        let departments = DepartmentStore(database: tx, audit: audit)
        let responders: () async throws -> [Person.ID] = {
            if let assignee = new.assigneeID { return [assignee] }
            return try await departments.staff(of: new.departmentID, roles: [.responder], on: tx)
        }
        switch action {
        case .answer:
            try await notify([new.requesterID], new, title: "您的诉求 \(new.reference) 已答复", body: new.title, now: now, on: tx)
        case .requestInfo(let question):
            try await notify([new.requesterID], new, title: "诉求 \(new.reference) 需要您补充情况", body: question, now: now, on: tx)
        case .transfer:
            try await notify(departments.staff(of: new.departmentID, roles: [.responder], on: tx), new,
                             title: "转来的诉求 \(new.reference)：\(new.title)", body: "办结时限仍为\(new.clock.dueOn.iso)。", now: now, on: tx)
        case .accept(let assignee) where assignee != actor.personID:
            try await notify([assignee], new, title: "交办诉求 \(new.reference)：\(new.title)", body: "请在\(new.clock.dueOn.iso)前答复。", now: now, on: tx)
        case .provideInfo, .reopen:
            try await notify(try await responders(), new, title: "诉求 \(new.reference) 有新进展", body: action.note, now: now, on: tx)
        default:
            break
        }
    }
}
