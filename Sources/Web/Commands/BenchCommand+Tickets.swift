import Domain
import Fluent
import Foundation
import Persistence
import SQLKit
import Vapor

/// `zhibu bench --tickets [--students 20000] [--ticket-count 100000] [--runs 50] [--output FILE]`: the demand tracker
/// with a large year of tickets (issue 4's performance targets). Seeds the demo university (no meetings) with
/// `--ticket-count` tickets as of `ticketsToday`, nothing of the last `ticketBacklogDays` days answered yet, into the
/// database `DATABASE_URL` names (unless it already holds the demo school), then times, through the stores and the
/// demo's own accounts resolved as at login, two warm-up runs and `--runs` timed ones of: a responder's filtered list,
/// a ticket's page, a year's statistics per department as the supervisor, and a submission as a student; and one run
/// of the escalation job a week later, when the backlog is due. Prints the section for docs/benchmarks.md (and
/// writes it to `--output` when given).
extension BenchCommand {
    /// A Wednesday; the measurements happen at 10:00 that day, school time.
    static let ticketsToday = LocalDate(year: 2026, month: 11, day: 18)!
    static let ticketBacklogDays = 14

    func runTickets(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let today = Self.ticketsToday
        let school = try await ticketSchool(app, students: signature.students ?? 20_000, count: signature.ticketCount ?? 100_000,
                                            today: today, console: context.console)
        let stores = app.stores
        let actors = try await Self.ticketActors(stores, school: school.id)
        guard let responder = actors["responder1"], let supervisor = actors["supervisor1"], let student = actors["student1"],
              let department = responder.scope.departmentIDs.first else {
            throw Abort(.conflict, reason: "The demo school lacks responder1, supervisor1 or student1")
        }
        let now = today.start(in: school.timeZone).addingTimeInterval(10 * 3_600)
        let runs = max(1, signature.runs ?? 50)
        var rows = try await readRows(stores, responder: responder, department: department, supervisor: supervisor,
                                      today: today, now: now, runs: runs)
        rows.append(try await submissionRow(stores, school: school.id, student: student, now: now, runs: runs))
        let (escalation, run) = try await escalationRow(stores, school: school.id, at: now.addingTimeInterval(7 * 86_400))
        rows.append(escalation)
        let counts = try await Self.ticketCounts(app.db as! any SQLDatabase, school: school.id)
        let summary = "\(counts); the escalation run a week later warned \(run.warned), told leaders of \(run.toLeader) "
            + "and supervisors of \(run.toSupervisor), and confirmed \(run.autoConfirmed) automatically"
        let section = Self.ticketsMarkdown(rows, engine: (app.db as! any SQLDatabase).dialect.name, today: today, summary: summary)
        if let path = signature.output { try section.write(toFile: path, atomically: true, encoding: .utf8) }
        context.console.print(section)
    }

    /// The reads: a responder's queue, a ticket's page, a year's statistics.
    private func readRows(_ stores: Stores, responder: Actor, department: Department.ID, supervisor: Actor, today: LocalDate,
                          now: Date, runs: Int) async throws -> [TicketBenchRow] {
        let queue = TicketStore.Filter(status: .accepted, departmentID: department)
        let listed = try await stores.tickets.list(queue, page: ListRequest(number: 1, size: 30), actor: responder, now: now)
        guard let shown = listed.items.first else { throw Abort(.conflict, reason: "The responder's department has no accepted ticket") }
        return [
            TicketBenchRow(label: "responder's list: own department, accepted, page 1 of 30 (\(listed.total) in all), with requester names",
                           target: 0.050, times: try await Self.time(runs: runs) {
                let page = try await stores.tickets.list(queue, page: ListRequest(number: 1, size: 30), actor: responder, now: now)
                _ = try await stores.tickets.requesterNames(of: page.items, actor: responder)
            }),
            TicketBenchRow(label: "ticket page as the responder: ticket, history, photos, party", target: 0.050,
                           times: try await Self.time(runs: runs) {
                let ticket = try await stores.tickets.find(shown.id, scope: responder.scope)
                _ = try await stores.tickets.events(of: ticket.id, scope: responder.scope)
                _ = try await stores.tickets.photos(of: ticket.id, scope: responder.scope)
                _ = stores.tickets.party(ticket, actor: responder)
            }),
            TicketBenchRow(label: "statistics per department, the year to \(today.iso), as the supervisor", target: 0.050,
                           times: try await Self.time(runs: runs) {
                _ = try await stores.tickets.statistics(from: today.adding(days: -364), to: today, now: now, actor: supervisor)
            }),
        ]
    }

    /// A student raising a ticket from the web form: a new one-time key each time.
    private func submissionRow(_ stores: Stores, school: School.ID, student: Actor, now: Date, runs: Int) async throws -> TicketBenchRow {
        let categories = try await stores.departments.categories(of: school, activeOnly: true)
        guard let category = categories.first(where: { $0.name == "宿舍维修" }) ?? categories.first else {
            throw Abort(.conflict, reason: "The demo school has no ticket category")
        }
        let draft = TicketDraft(categoryID: category.id, title: "宿舍热水供应不稳定", body: "7号楼晚上十点后经常没有热水，希望尽快解决。")
        let context = AuditContext(actor: student, address: "bench", now: now)
        return TicketBenchRow(label: "submission as a student (web form, new key)", target: 0.020, times: try await Self.time(runs: runs) {
            _ = try await stores.tickets.submit(draft, key: UUID().uuidString, context: context)
        })
    }

    /// One run of the escalation job over every open ticket, at an instant when the backlog is due.
    private func escalationRow(_ stores: Stores, school: School.ID, at: Date) async throws -> (TicketBenchRow, EscalationRun) {
        let running = try await (stores.database as! any SQLDatabase)
            .raw("SELECT COUNT(*) AS n FROM tickets WHERE school_id = \(bind: school.rawValue) AND status IN ('submitted', 'accepted')")
            .first(decoding: TicketCount.self)?.n ?? 0
        let start = ContinuousClock.now
        let run = try await stores.tickets.escalate(now: at)
        let elapsed = Self.seconds(ContinuousClock.now - start)
        return (TicketBenchRow(label: "escalation job, once, a week later: \(running) running tickets", target: 1.0,
                               times: BenchTimes(samples: [elapsed])), run)
    }

    /// The demo school, seeded with `count` tickets (and no meetings) if the database holds no school yet.
    private func ticketSchool(_ app: Application, students: Int, count: Int, today: LocalDate, console: any Console) async throws -> School {
        let schools = try await app.stores.schools.all()
        if let demo = schools.first(where: { $0.code == "demo" }) {
            console.print("Using the demo school already in the database (its tickets as seeded; the counts below say how many).")
            return demo
        }
        guard schools.isEmpty else { throw Abort(.conflict, reason: "zhibu bench --tickets needs an empty database or the demo school") }
        let started = ContinuousClock.now
        let demo = DemoUniversity.generate(seed: 2026, students: students, today: today)
        let options = DemoTickets.Options(perYear: count, backlogDays: Self.ticketBacklogDays)
        try await DemoSeeder(stores: app.stores, hasher: app.zhibu.hasher).seed(demo, meetingYears: 0, tickets: options) { line in
            if line.hasPrefix("tickets") || line.hasPrefix("ticket events") || line.hasPrefix("briefings") { console.print("  \(line)") }
        }
        console.print("Seeded \(demo.people.count) people and \(count) tickets in \(String(format: "%.1f", Self.seconds(ContinuousClock.now - started))) s")
        return demo.school
    }

    /// The demo's accounts by login, resolved as at login (roles and scope).
    private static func ticketActors(_ stores: Stores, school: School.ID) async throws -> [String: Actor] {
        var actors: [String: Actor] = [:]
        for account in try await stores.accounts.list(school: school, page: ListRequest(size: 100)).items
        where ["responder1", "supervisor1", "student1"].contains(account.login) {
            actors[account.login] = try await stores.accounts.actor(account.id, demoMode: true)?.actor
        }
        return actors
    }

    private struct TicketCount: Decodable { var n: Int }

    private static func ticketCounts(_ sql: any SQLDatabase, school: School.ID) async throws -> String {
        var parts: [String] = []
        let queries: [(String, SQLQueryString)] = [
            ("tickets", "SELECT COUNT(*) AS n FROM tickets WHERE school_id = \(bind: school.rawValue)"),
            ("open", "SELECT COUNT(*) AS n FROM tickets WHERE school_id = \(bind: school.rawValue) AND status IN ('submitted', 'accepted', 'info_requested')"),
            ("ticket_events", "SELECT COUNT(*) AS n FROM ticket_events WHERE ticket_id IN (SELECT id FROM tickets WHERE school_id = \(bind: school.rawValue))"),
            ("briefings", "SELECT COUNT(*) AS n FROM briefings WHERE school_id = \(bind: school.rawValue)"),
        ]
        for (label, query) in queries {
            parts.append("\(label) \(try await sql.raw(query).first(decoding: TicketCount.self)?.n ?? 0)")
        }
        return parts.joined(separator: ", ")
    }
}

/// One line of the demand tracker's benchmark, with issue 4's target for its p99 (seconds).
struct TicketBenchRow {
    var label: String
    var target: Double
    var times: BenchTimes
}

extension BenchCommand {
    /// The section of docs/benchmarks.md: how it was measured, then p50/p99/mean against the targets.
    static func ticketsMarkdown(_ rows: [TicketBenchRow], engine: String, today: LocalDate, summary: String) -> String {
        #if DEBUG
        let build = "debug build"
        #else
        let build = "release build"
        #endif
        let machine = "\(ProcessInfo.processInfo.activeProcessorCount) cores"
        func ms(_ seconds: Double) -> String { String(format: "%.1f", seconds * 1000) }
        var lines = [
            "## Demand tracker (诉求, 限时办结)", "",
            "`zhibu bench --tickets` (\(build), \(engine), \(machine)): the demo university as of \(today.iso) with a year of "
                + "tickets (`DemoTickets`, nothing of the last \(ticketBacklogDays) days answered yet); \(summary). "
                + "Two warm-up runs, then timed runs; the escalation job runs once.", "",
            "| what | runs | p50 ms | p99 ms | mean ms | target (p99) | met |", "|---|---:|---:|---:|---:|---:|:---:|",
        ]
        lines += rows.map { row in
            let p99 = row.times.percentile(0.99)
            return "| \(row.label) | \(row.times.samples.count) | \(ms(row.times.percentile(0.5))) | \(ms(p99)) | "
                + "\(ms(row.times.mean)) | < \(ms(row.target)) | \(p99 < row.target ? "yes" : "no") |"
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
