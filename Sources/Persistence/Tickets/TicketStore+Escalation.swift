import Domain
import FluentKit
import Foundation
import SQLKit

/// What one run of the escalation job did.
public struct EscalationRun: Equatable, Sendable {
    public var warned = 0
    public var toLeader = 0
    public var toSupervisor = 0
    public var autoConfirmed = 0
    public init() {}
}

extension TicketStore {
    /// 限时办结: raises every running ticket to the escalation its clock has reached and tells the people of
    /// that level (the responder; the department's leaders; the school's supervisors); then confirms answered
    /// tickets whose requester let the confirmation period pass. Levels only rise, so a second run does nothing.
    public func escalate(now: Date, batchSize: Int = 500) async throws -> EscalationRun {
        var run = EscalationRun()
        let running = [TicketStatus.submitted.rawValue, TicketStatus.accepted.rawValue]
        let due = try await TicketRecord.query(on: database)
            .filter(\.$status ~~ running).filter(\.$warnAt <= now)
            .filter(\.$escalation < Escalation.supervisor.rawValue).all()
            .map(\.domain).filter { $0.clock.escalation(at: now) > $0.escalation }
        for batch in stride(from: 0, to: due.count, by: batchSize).map({ Array(due[$0..<min($0 + batchSize, due.count)]) }) {
            let counts = try await database.writing { tx in
                var counts = EscalationRun()
                // Who hears of each level, per department: looked up once a batch, not once a ticket.
                var recipients: [String: [Person.ID]] = [:]
                for ticket in batch {
                    let level = ticket.clock.escalation(at: now)
                    // Conditional on the level read: a ticket answered or escalated meanwhile is left alone.
                    let changed = try await (tx as! any SQLDatabase).update("tickets").set("escalation", to: SQLBind(level.rawValue))
                        .where("id", .equal, SQLBind(ticket.id.rawValue)).where("escalation", .equal, SQLBind(ticket.escalation.rawValue))
                        .where("status", .in, SQLBind.group(running)).returning("id").all()
                    guard !changed.isEmpty else { continue }
                    // A run that comes late still passes every level, so that no one is skipped (the responder's warning).
                    for passed in Escalation.allCases where passed > ticket.escalation && passed <= level {
                        try await record(passed, of: ticket, now: now, counts: &counts, recipients: &recipients, on: tx)
                    }
                }
                if counts != EscalationRun() {
                    try await audit.append(AuditEvent(schoolID: nil, at: now, actorLogin: Actor.system.login, action: .ticketsEscalated,
                                                      target: "tickets", result: .success, address: "job",
                                                      detail: "warned=\(counts.warned) leader=\(counts.toLeader) supervisor=\(counts.toSupervisor)"), on: tx)
                }
                return counts
            }
            run.warned += counts.warned; run.toLeader += counts.toLeader; run.toSupervisor += counts.toSupervisor
        }
        run.autoConfirmed = try await autoConfirm(now: now)
        return run
    }

    private func record(_ level: Escalation, of ticket: Ticket, now: Date, counts: inout EscalationRun,
                        recipients: inout [String: [Person.ID]], on tx: any Database) async throws {
        let departments = DepartmentStore(database: tx, audit: audit)
        let kind: TicketEventKind, title: String
        var people: [Person.ID]
        let key = "\(level.rawValue) \(level == .supervisor ? ticket.schoolID.rawValue : ticket.departmentID.rawValue)"
        switch level {
        case .none:
            return
        case .warned:
            counts.warned += 1; kind = .warned
            title = "诉求 \(ticket.reference) 明天到期：\(ticket.title)"
            if let known = recipients[key] { people = known } else {
                people = try await departments.staff(of: ticket.departmentID, roles: [.responder], on: tx)
            }
        case .leader:
            counts.toLeader += 1; kind = .escalatedToLeader
            title = "诉求 \(ticket.reference) 已超期：\(ticket.title)"
            if let known = recipients[key] { people = known } else {
                people = try await departments.staff(of: ticket.departmentID, roles: [.departmentLeader], on: tx)
            }
        case .supervisor:
            counts.toSupervisor += 1; kind = .escalatedToSupervisor
            title = "督办：诉求 \(ticket.reference) 超期未办结：\(ticket.title)"
            if let known = recipients[key] { people = known } else {
                people = try await departments.supervisors(of: ticket.schoolID, on: tx)
            }
        }
        recipients[key] = people
        // The warning goes to the responder who holds the ticket, if someone does.
        if level == .warned, let assignee = ticket.assigneeID { people = [assignee] }
        try await TicketEventRecord(ticket: ticket.id, TicketEvent(kind: kind, at: now, actorPersonID: nil, actorName: "",
                                                                   note: "", departmentID: ticket.departmentID)).create(on: tx)
        try await notify(people, ticket, title: title, body: "办结时限：\(ticket.clock.dueOn.iso)", now: now, on: tx)
    }

    /// Confirms answered tickets past their school's confirmation period.
    private func autoConfirm(now: Date) async throws -> Int {
        var confirmed = 0
        for school in try await SchoolStore(database: database).all() {
            let settings = try await CalendarStore(database: database, audit: audit).settings(of: school.id)
            let cutoff = now.addingTimeInterval(-TimeInterval(settings.autoConfirmDays) * 86_400)
            let ids = try await TicketRecord.query(on: database).filter(\.$schoolID == school.id.rawValue)
                .filter(\.$status == TicketStatus.answered.rawValue).filter(\.$answeredAt <= cutoff).all(\.$id)
            guard !ids.isEmpty else { continue }
            confirmed += try await database.writing { tx in
                let sql = tx as! any SQLDatabase
                let changed = try await sql.update("tickets").set("status", to: SQLBind(TicketStatus.confirmed.rawValue))
                    .set("confirmed_at", to: SQLBind(now)).set("auto_confirmed", to: SQLBind(true)).set("updated_at", to: SQLBind(now))
                    .where("id", .in, SQLBind.group(ids)).where("status", .equal, SQLBind(TicketStatus.answered.rawValue))
                    .returning("id").all(decoding: IDRow.self)
                for row in changed {
                    try await TicketEventRecord(ticket: .init(row.id), TicketEvent(kind: .autoConfirmed, at: now, actorPersonID: nil,
                                                                                   actorName: "", note: "", departmentID: nil)).create(on: tx)
                }
                try await audit.append(AuditEvent(schoolID: school.id, at: now, actorLogin: Actor.system.login, action: .ticketsAutoConfirmed,
                                                  target: "tickets", result: .success, address: "job", detail: "\(changed.count)"), on: tx)
                return changed.count
            }
        }
        return confirmed
    }

    struct IDRow: Decodable { var id: UUID }
}
