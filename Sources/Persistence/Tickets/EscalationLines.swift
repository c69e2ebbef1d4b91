import Domain
import FluentKit
import Foundation
import SQLKit

/// The history lines and notices of one batch of escalations, written with multi-row inserts: the job may raise
/// thousands of tickets at once (a Monday after a holiday), and a statement per line would take seconds.
struct EscalationLines {
    var counts = EscalationRun()
    private var events: [[SQLBind]] = []
    private var notices: [[SQLBind]] = []
    /// Who hears of each level, per department (per school for the supervisors): looked up once a batch.
    private var recipients: [String: [Person.ID]] = [:]

    mutating func add(_ level: Escalation, of ticket: TicketStore.DueTicket, now: Date, departments: DepartmentStore) async throws {
        let reference = "#\(ticket.number)", department = Department.ID(ticket.department_id), school = School.ID(ticket.school_id)
        let kind: TicketEventKind, title: String, roles: [Role]
        switch level {
        case .none: return
        case .warned:
            counts.warned += 1; kind = .warned; roles = [.responder]
            title = "诉求 \(reference) 明天到期：\(ticket.title)"
        case .leader:
            counts.toLeader += 1; kind = .escalatedToLeader; roles = [.departmentLeader]
            title = "诉求 \(reference) 已超期：\(ticket.title)"
        case .supervisor:
            counts.toSupervisor += 1; kind = .escalatedToSupervisor; roles = [.supervisor]
            title = "督办：诉求 \(reference) 超期未办结：\(ticket.title)"
        }
        events.append([SQLBind(UUID()), SQLBind(ticket.id), SQLBind(kind.rawValue), SQLBind(now), SQLBind(UUID?.none),
                       SQLBind(""), SQLBind(""), SQLBind(ticket.department_id)])
        let key = level == .supervisor ? "s \(ticket.school_id)" : "\(level.rawValue) \(ticket.department_id)"
        var people: [Person.ID]
        if let known = recipients[key] { people = known } else {
            people = level == .supervisor ? try await departments.supervisors(of: school, on: departments.database)
                : try await departments.staff(of: department, roles: roles, on: departments.database)
            recipients[key] = people
        }
        // The warning goes to the responder who holds the ticket, if someone does.
        if level == .warned, let assignee = ticket.assignee_person_id { people = [Person.ID(assignee)] }
        for person in Set(people) {
            notices.append([SQLBind(UUID()), SQLBind(ticket.school_id), SQLBind(person.rawValue), SQLBind(title),
                            SQLBind("办结时限：\(ticket.due_on)"), SQLBind("/tickets/\(ticket.id)"), SQLBind(now)])
        }
    }

    func write(on sql: any SQLDatabase) async throws {
        try await MeetingRows.insert(events, into: "ticket_events", columns: [
            "id", "ticket_id", "kind", "at", "actor_person_id", "actor_name", "note", "department_id"], on: sql)
        try await MeetingRows.insert(notices, into: "notices", columns: [
            "id", "school_id", "person_id", "title", "body", "link", "created_at"], on: sql)
    }
}
