import Domain
import FluentKit
import Foundation
import SQLKit

/// The demo's demand tracker: its departments and ticket categories (before the accounts, whose roles name them),
/// then `DemoTickets` — a year of tickets with their histories, the twelve briefings with their reports and
/// representatives, and the school's ticket counter. Each batch of tickets and its events is one transaction of
/// multi-row inserts.
extension DemoSeeder {
    /// Tickets per transaction; `MeetingRows.insert` splits each table's rows into statements under every engine's
    /// limit of bound parameters (421 tickets of 38 columns, 2,000 events of 8).
    static let ticketBatch = 1_000

    func seedDepartments(_ demo: DemoUniversity) async throws {
        // Set up before the year of tickets began.
        let created = demo.today.start(in: demo.school.timeZone).addingTimeInterval(-400 * 86_400)
        let school = SQLBind(demo.school.id.rawValue)
        let departments = demo.departments.map { d -> [SQLBind] in
            [SQLBind(d.id.rawValue), school, SQLBind(d.name), SQLBind(d.isActive), SQLBind(created)]
        }
        let categories = demo.ticketCategories.map { c -> [SQLBind] in
            [SQLBind(c.id.rawValue), school, SQLBind(c.name), SQLBind(c.departmentID.rawValue), SQLBind(c.timeLimitDays),
             SQLBind(c.isActive), SQLBind(created)]
        }
        try await stores.database.writing { tx in
            let sql = tx as! any SQLDatabase
            try await MeetingRows.insert(departments, into: "departments",
                                         columns: ["id", "school_id", "name", "is_active", "created_at"], on: sql)
            try await MeetingRows.insert(categories, into: "ticket_categories", columns: [
                "id", "school_id", "name", "department_id", "time_limit_days", "is_active", "created_at",
            ], on: sql)
        }
    }

    func seedTickets(_ demo: DemoUniversity, options: DemoTickets.Options, progress: @Sendable (String) -> Void) async throws {
        let generated = DemoTickets.generate(for: demo, options: options)
        guard !generated.tickets.isEmpty else { return }
        try await insertBriefings(generated.briefings, recorder: "demo", timeZone: demo.school.timeZone)
        progress("briefings: \(generated.briefings.count)")
        let timeZone = demo.school.timeZone
        for start in stride(from: 0, to: generated.tickets.count, by: Self.ticketBatch) {
            let range = start..<min(start + Self.ticketBatch, generated.tickets.count)
            let batch = TicketRows(generated.tickets[range], events: generated.events[range], timeZone: timeZone)
            try await stores.database.writing { tx in try await batch.insert(on: tx as! any SQLDatabase) }
            if range.upperBound == generated.tickets.count || (start / Self.ticketBatch) % 10 == 0 {
                progress("tickets: \(range.upperBound)/\(generated.tickets.count)")
            }
        }
        progress("ticket events: \(generated.eventCount)")
        try await stores.database.writing { tx in
            try await (tx as! any SQLDatabase).insert(into: "counters").columns("school_id", "name", "value")
                .values(SQLBind(demo.school.id.rawValue), SQLBind("ticket"), SQLBind(generated.lastNumber)).run()
        }
        try await stores.tickets.rebuildTallies(school: demo.school.id)
    }

    /// Briefings as `BriefingStore.create` writes them, recorded on the evening of the session.
    private func insertBriefings(_ briefings: [Briefing], recorder: String, timeZone: TimeZone) async throws {
        var sessions: [[SQLBind]] = [], reports: [[SQLBind]] = [], people: [[SQLBind]] = []
        for b in briefings {
            let id = SQLBind(b.id.rawValue)
            let recorded = b.heldOn.start(in: timeZone).addingTimeInterval(18 * 3_600)
            sessions.append([id, SQLBind(b.schoolID.rawValue), SQLBind(b.heldOn.iso), SQLBind(b.title), SQLBind(b.place),
                             SQLBind(recorder), SQLBind(recorded), SQLBind(recorded)])
            for (position, report) in b.reports.enumerated() {
                reports.append([id, SQLBind(position), SQLBind(report.departmentID.rawValue), SQLBind(report.summary)])
            }
            for (position, person) in b.representatives.enumerated() {
                people.append([id, SQLBind(position), SQLBind(person.name), SQLBind(person.kind.rawValue),
                               SQLBind(person.collegeID?.rawValue)])
            }
        }
        try await stores.database.writing { [sessions, reports, people] tx in
            let sql = tx as! any SQLDatabase
            try await MeetingRows.insert(sessions, into: "briefings", columns: [
                "id", "school_id", "held_on", "title", "place", "created_by", "created_at", "updated_at",
            ], on: sql)
            try await MeetingRows.insert(reports, into: "briefing_reports",
                                         columns: ["briefing_id", "position", "department_id", "summary"], on: sql)
            try await MeetingRows.insert(people, into: "briefing_representatives",
                                         columns: ["briefing_id", "position", "name", "kind", "college_id"], on: sql)
        }
    }
}

/// One transaction's tickets and their histories as rows, bound before it starts. The columns are those
/// `TicketRecord.apply` writes, derived the same way (`submitted_on` and `due_on` in the school's time zone,
/// `answer_seconds` rounded); Fluent models would cost a task and a dictionary per row, which at 100,000 tickets
/// and half a million events is most of the seeding time.
struct TicketRows: Sendable {
    var tickets: [[SQLBind]] = []
    var events: [[SQLBind]] = []

    static let ticketColumns = [
        "id", "school_id", "number", "category_id", "department_id", "assignee_person_id", "requester_person_id",
        "is_anonymous", "is_publishable", "channel", "visit_place", "briefing_id", "title", "body", "status",
        "submitted_at", "submitted_on", "time_limit_days", "due_on", "due_at", "warn_at", "supervise_at", "paused_at",
        "paused_days", "escalation", "answer", "answered_at", "answered_by", "answer_seconds", "answered_on_spot",
        "confirmed_at", "auto_confirmed", "rating", "rating_comment", "reopen_count", "merged_into", "submission_key",
        "updated_at",
    ]
    static let eventColumns = ["id", "ticket_id", "kind", "at", "actor_person_id", "actor_name", "note", "department_id"]

    init(_ tickets: ArraySlice<Ticket>, events: ArraySlice<[DemoTicketEvent]>, timeZone: TimeZone) {
        for (t, history) in zip(tickets, events) {
            let id = SQLBind(t.id.rawValue)
            self.tickets.append([
                id, SQLBind(t.schoolID.rawValue), SQLBind(t.number), SQLBind(t.categoryID.rawValue),
                SQLBind(t.departmentID.rawValue), SQLBind(t.assigneeID?.rawValue), SQLBind(t.requesterID.rawValue),
                SQLBind(t.isAnonymous), SQLBind(t.isPublishable), SQLBind(t.channel.rawValue), SQLBind(t.visitPlace?.rawValue),
                SQLBind(t.briefingID?.rawValue), SQLBind(t.title), SQLBind(t.body), SQLBind(t.status.rawValue),
                SQLBind(t.submittedAt), SQLBind(LocalDate(t.submittedAt, in: timeZone).iso), SQLBind(t.timeLimitDays),
                SQLBind(t.clock.dueOn.iso), SQLBind(t.clock.dueAt), SQLBind(t.clock.warnAt), SQLBind(t.clock.superviseAt),
                SQLBind(t.pausedAt), SQLBind(t.pausedDays), SQLBind(t.escalation.rawValue), SQLBind(t.answer),
                SQLBind(t.answeredAt), SQLBind(t.answeredBy?.rawValue),
                SQLBind(t.answeredAt.map { Int($0.timeIntervalSince(t.submittedAt).rounded()) }), SQLBind(t.answeredOnSpot),
                SQLBind(t.confirmedAt), SQLBind(t.autoConfirmed), SQLBind(t.rating), SQLBind(t.ratingComment),
                SQLBind(t.reopenCount), SQLBind(t.mergedInto?.rawValue),
                // A key per requester and form, as the web form would have sent; the ticket's id makes it unique.
                SQLBind(t.id.rawValue.uuidString.lowercased()), SQLBind(history.last?.at ?? t.submittedAt),
            ])
            for e in history {
                self.events.append([SQLBind(UUID()), id, SQLBind(e.kind.rawValue), SQLBind(e.at), SQLBind(e.actorPersonID?.rawValue),
                                    SQLBind(e.actorName), SQLBind(e.note), SQLBind(e.departmentID?.rawValue)])
            }
        }
    }

    func insert(on sql: any SQLDatabase) async throws {
        try await MeetingRows.insert(tickets, into: "tickets", columns: Self.ticketColumns, on: sql)
        try await MeetingRows.insert(events, into: "ticket_events", columns: Self.eventColumns, on: sql)
    }
}
