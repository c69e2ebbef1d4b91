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
    public func escalate(now: Date, batchSize: Int = 2_000) async throws -> EscalationRun {
        var run = EscalationRun()
        let running = [TicketStatus.submitted.rawValue, TicketStatus.accepted.rawValue]
        // Only the columns the job needs: thousands of tickets may be due at once.
        let due = try await (database as! any SQLDatabase).select()
            .columns("id", "school_id", "number", "department_id", "assignee_person_id", "title", "escalation",
                     "due_on", "due_at", "warn_at", "supervise_at")
            .from("tickets").where("status", .in, SQLBind.group(running)).where("warn_at", .lessThanOrEqual, SQLBind(now))
            .where("escalation", .lessThan, SQLBind(Escalation.supervisor.rawValue))
            .all(decoding: DueTicket.self).filter { $0.level(at: now) > $0.current }
        for batch in stride(from: 0, to: due.count, by: batchSize).map({ Array(due[$0..<min($0 + batchSize, due.count)]) }) {
            let counts = try await database.writing { tx in
                var lines = EscalationLines()
                // One conditional UPDATE per (from, to) pair: a ticket answered or escalated meanwhile is left alone.
                for (_, tickets) in Dictionary(grouping: batch, by: { "\($0.escalation)>\($0.level(at: now).rawValue)" }) {
                    let from = tickets[0].current, to = tickets[0].level(at: now)
                    let changed = Set(try await (tx as! any SQLDatabase).update("tickets").set("escalation", to: SQLBind(to.rawValue))
                        .where("id", .in, SQLBind.group(tickets.map(\.id))).where("escalation", .equal, SQLBind(from.rawValue))
                        .where("status", .in, SQLBind.group(running)).returning("id").all(decoding: IDRow.self).map(\.id))
                    // A run that comes late still passes every level, so that no one is skipped (the responder's warning).
                    for ticket in tickets where changed.contains(ticket.id) {
                        for passed in Escalation.allCases where passed > from && passed <= to {
                            try await lines.add(passed, of: ticket, now: now, departments: DepartmentStore(database: tx, audit: audit))
                        }
                    }
                }
                try await lines.write(on: tx as! any SQLDatabase)
                if lines.counts != EscalationRun() {
                    try await audit.append(AuditEvent(schoolID: nil, at: now, actorLogin: Actor.system.login, action: .ticketsEscalated,
                                                      target: "tickets", result: .success, address: "job",
                                                      detail: "warned=\(lines.counts.warned) leader=\(lines.counts.toLeader) supervisor=\(lines.counts.toSupervisor)"), on: tx)
                }
                return lines.counts
            }
            run.warned += counts.warned; run.toLeader += counts.toLeader; run.toSupervisor += counts.toSupervisor
        }
        run.autoConfirmed = try await autoConfirm(now: now)
        return run
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
                try await MeetingRows.insert(changed.map { row in
                    [SQLBind(UUID()), SQLBind(row.id), SQLBind(TicketEventKind.autoConfirmed.rawValue), SQLBind(now), SQLBind(UUID?.none),
                     SQLBind(""), SQLBind(""), SQLBind(UUID?.none)]
                }, into: "ticket_events", columns: ["id", "ticket_id", "kind", "at", "actor_person_id", "actor_name", "note", "department_id"], on: sql)
                try await audit.append(AuditEvent(schoolID: school.id, at: now, actorLogin: Actor.system.login, action: .ticketsAutoConfirmed,
                                                  target: "tickets", result: .success, address: "job", detail: "\(changed.count)"), on: tx)
                return changed.count
            }
        }
        return confirmed
    }

    struct IDRow: Decodable { var id: UUID }

    /// A running ticket as the escalation job reads it.
    struct DueTicket: Decodable {
        var id: UUID, school_id: UUID, number: Int, department_id: UUID, assignee_person_id: UUID?, title: String
        var escalation: Int, due_on: String, due_at: Date, warn_at: Date, supervise_at: Date

        var current: Escalation { Escalation(rawValue: escalation) ?? .none }
        func level(at now: Date) -> Escalation {
            TicketClock(dueOn: LocalDate(iso: due_on) ?? LocalDate(due_at, in: .current), dueAt: due_at, warnAt: warn_at,
                        superviseAt: supervise_at).escalation(at: now)
        }
    }
}
