import Domain
import Fluent
import Foundation
import Persistence
import SQLKit
import Vapor

/// `zhibu bench --compliance [--students 50000] [--years 3] [--runs 50]`: the 工作欠账 board of a whole school.
/// Seeds the demo university with meetings into the database (unless it already holds the demo school), then
/// times `ComplianceStore.board` for the school as its system administrator sees it, warm, and the SQL part
/// (the one facts query) on its own, so that a slow board says whether the database or Swift is slow.
extension BenchCommand {
    static let complianceToday = LocalDate(year: 2026, month: 11, day: 1)!

    func runCompliance(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let today = Self.complianceToday
        let school = try await complianceSchool(app, students: signature.students ?? 50_000, years: signature.years ?? 3,
                                                today: today, console: context.console)
        let scope = Scope(schools: .only([school]), grants: [.everything])
        let report = try await app.stores.compliance.board(under: nil, year: today.year, today: today, scope: scope)
        let sql = app.db as! any SQLDatabase
        var rows = try await boardTimings(app, report: report, school: school, scope: scope, runs: max(1, signature.runs ?? 50))
        rows += try await listTimings(app.stores.compliance, today: today, scope: scope, runs: max(1, signature.runs ?? 50))
        let counts = try await Self.counts(sql, school: school)
        let subjects = report.subjects.count, branches = report.subjects.filter { $0.kind == .branch }.count
        context.console.print(Self.complianceMarkdown(rows, engine: sql.dialect.name,
                                                      summary: "\(branches) branches and \(subjects - branches) party groups, "
                                                          + "\(report.cells.count) cells a year; \(counts)"))
    }

    /// The whole board, then its parts one by one: the SQL, the decoding, the organisations, the Swift.
    private func boardTimings(_ app: Application, report: ComplianceStore.Report, school: School.ID, scope: Scope,
                              runs: Int) async throws -> [(String, BenchTimes)] {
        let (compliance, sql, year, today) = (app.stores.compliance, app.db as! any SQLDatabase, report.year, report.today)
        var rows: [(String, BenchTimes)] = []
        rows.append(("board, whole school, \(year)", try await Self.time(runs: runs) {
            _ = try await compliance.board(under: nil, year: year, today: today, scope: scope)
        }))
        rows.append(("  of which the facts query (SQL only)", try await Self.time(runs: runs) {
            _ = try await Self.factRows(sql, school: school, path: report.root.path, year: year)
        }))
        let facts = try await Self.facts(sql, school: school, path: report.root.path, year: year)
        rows.append(("  of which the facts query, decoded into \(facts.count) facts", try await Self.time(runs: runs) {
            _ = try await Self.facts(sql, school: school, path: report.root.path, year: year)
        }))
        rows.append(("  of which the organisations (Fluent)", try await Self.time(runs: runs) {
            _ = try await app.stores.organizations.list(scope: scope)
        }))
        let board = ComplianceBoard(rules: report.rules, year: year, today: today)
        rows.append(("  of which the cells (Swift only)", try await Self.time(runs: runs) {
            _ = board.cells(for: report.subjects, facts: facts)
        }))
        let paths = Dictionary(uniqueKeysWithValues: report.organizations.map { ($0.id, $0.path) })
        rows.append(("  of which the roll-up of totals (Swift only)", try await Self.time(runs: runs) {
            _ = ComplianceTotals.rollUp(report.cells, paths: paths)
        }))
        rows.append(("board, previous year", try await Self.time(runs: runs) {
            _ = try await compliance.board(under: nil, year: year - 1, today: today, scope: scope)
        }))
        return rows
    }

    private func listTimings(_ compliance: ComplianceStore, today: LocalDate, scope: Scope, runs: Int) async throws -> [(String, BenchTimes)] {
        [
            ("quiet branches (3 months), whole school", try await Self.time(runs: runs) {
                _ = try await compliance.quietBranches(under: nil, today: today, scope: scope)
            }),
            ("members absent 6 months, whole school", try await Self.time(runs: min(runs, 20)) {
                _ = try await compliance.absentMembers(under: nil, today: today, scope: scope)
            }),
        ]
    }

    /// The demo school, seeded with `years` years of meetings if the database holds no school yet.
    private func complianceSchool(_ app: Application, students: Int, years: Int, today: LocalDate,
                                  console: any Console) async throws -> School.ID {
        let schools = try await app.stores.schools.all()
        if let demo = schools.first(where: { $0.code == "demo" }) {
            console.print("Using the demo school already in the database.")
            return demo.id
        }
        guard schools.isEmpty else { throw Abort(.conflict, reason: "zhibu bench --compliance needs an empty database or the demo school") }
        let started = ContinuousClock.now
        let demo = DemoUniversity.generate(seed: 2026, students: students, today: today)
        try await DemoSeeder(stores: app.stores, hasher: app.zhibu.hasher).seed(demo, meetingYears: years) { line in
            if line.hasPrefix("meetings") || line.hasPrefix("attendance") || line.hasSuffix("/\(demo.people.count)") { console.print("  \(line)") }
        }
        console.print("Seeded \(demo.people.count) people and \(years) years of meetings in \(Self.seconds(ContinuousClock.now - started)) s")
        return demo.school.id
    }

    /// The query `ComplianceStore.facts` runs, rows only (nothing decoded into domain values).
    static func factRows(_ sql: any SQLDatabase, school: School.ID, path: TreePath, year: Int) async throws -> [any SQLRow] {
        try await sql.select().column("meeting_id").column("organization_id").column("kind").column("local_date")
            .column("missing_elements").from("meeting_organizations")
            .where("school_id", .equal, SQLBind(school.rawValue)).where("status", .equal, SQLBind("held"))
            .where("local_date", .greaterThanOrEqual, SQLBind("\(year)-01-01"))
            .where("local_date", .lessThanOrEqual, SQLBind("\(year)-12-31"))
            .where("organization_path", .like, SQLBind(path.subtreePattern)).all()
    }

    /// The facts as `ComplianceStore.facts` decodes them, column by column.
    static func facts(_ sql: any SQLDatabase, school: School.ID, path: TreePath, year: Int) async throws -> [MeetingFact] {
        try await factRows(sql, school: school, path: path, year: year).compactMap { row in
            guard let kind = MeetingKind(rawValue: try row.decode(column: "kind", as: String.self)),
                  let date = LocalDate(iso: try row.decode(column: "local_date", as: String.self)) else { return nil }
            let text = try row.decode(column: "missing_elements", as: String.self)
            let missing = text == "[]" ? [] : (try? JSONDecoder().decode([RequiredElement].self, from: Data(text.utf8))) ?? []
            return MeetingFact(meetingID: .init(try row.decode(column: "meeting_id", as: UUID.self)),
                               organizationID: .init(try row.decode(column: "organization_id", as: UUID.self)),
                               kind: kind, date: date, missingElements: missing)
        }
    }

    private static func counts(_ sql: any SQLDatabase, school: School.ID) async throws -> String {
        struct Count: Decodable { var n: Int }
        var parts: [String] = []
        for table in ["meetings", "meeting_organizations", "meeting_attendance"] {
            let filter = table == "meeting_attendance"
                ? SQLQueryString("meeting_id IN (SELECT id FROM meetings WHERE school_id = \(bind: school.rawValue))")
                : SQLQueryString("school_id = \(bind: school.rawValue)")
            let row = try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table) WHERE \(filter)").first(decoding: Count.self)
            parts.append("\(table) \(row?.n ?? 0)")
        }
        return parts.joined(separator: ", ")
    }
}

/// Warm timings of one operation: two runs to warm up, then `runs` timed ones.
struct BenchTimes {
    var samples: [Double]

    func percentile(_ p: Double) -> Double {
        let sorted = samples.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
    }

    var mean: Double { samples.reduce(0, +) / Double(samples.count) }
}

extension BenchCommand {
    static func time(runs: Int, _ body: () async throws -> Void) async throws -> BenchTimes {
        for _ in 0..<2 { try await body() }
        var samples: [Double] = []
        for _ in 0..<runs {
            let start = ContinuousClock.now
            try await body()
            samples.append(seconds(ContinuousClock.now - start))
        }
        return BenchTimes(samples: samples)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func complianceMarkdown(_ rows: [(String, BenchTimes)], engine: String, summary: String) -> String {
        #if DEBUG
        let build = "debug build"
        #else
        let build = "release build"
        #endif
        let machine = "\(ProcessInfo.processInfo.activeProcessorCount) cores"
        var lines = ["`zhibu bench --compliance` (\(build), \(engine), \(machine)): \(summary).", "",
                     "| what | runs | p50 ms | p99 ms | mean ms |", "|---|---:|---:|---:|---:|"]
        lines += rows.map { label, t in
            "| \(label) | \(t.samples.count) | " + [t.percentile(0.5), t.percentile(0.99), t.mean]
                .map { String(format: "%.1f", $0 * 1000) }.joined(separator: " | ") + " |"
        }
        return lines.joined(separator: "\n")
    }
}
