import Crypto
import Domain
import Fluent
import Foundation
import Persistence
import SQLKit
import Vapor

/// `zhibu bench --reports [--students 50000] [--days 365] [--output DIR]`: prepares the daily reports' load test
/// (issue 5) in the database `DATABASE_URL` names, which must be empty: the demo university without its other
/// records, `--days` days of reports of every student up to yesterday (about 97% reporting, a few late and abnormal,
/// the per-class counters as the writer keeps them), a bearer session for every student and one for the school's
/// organisation department, written to `DIR/students.tokens`, `DIR/org.token` and `DIR/college.id`.
/// `scripts/bench-reports.sh` then serves the database and drives it with wrk from a second process.
extension BenchCommand {
    func runReportsSetup(using context: CommandContext, signature: Signature) async throws {
        let app = context.application, console = context.console
        try await app.autoMigrate()
        guard try await app.stores.schools.all().isEmpty else {
            throw Abort(.conflict, reason: "zhibu bench --reports needs an empty database")
        }
        let students = signature.students ?? 50_000, days = signature.days ?? 365
        let directory = signature.output ?? "data/bench"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let today = LocalDate(Date(), in: timeZone)
        var started = ContinuousClock.now
        let demo = DemoUniversity.generate(seed: 2026, students: students, today: today.adding(days: -1))
        try await DemoSeeder(stores: app.stores, hasher: app.zhibu.hasher)
            .seed(demo, meetingYears: 0, tickets: .none, reports: .none) { _ in }
        console.print("seeded \(demo.people.count) people in \(Self.elapsed(since: started))")
        started = ContinuousClock.now
        let sql = app.db as! any SQLDatabase
        for offset in (1...days).reversed() {
            // The bulk-load settings belong to a connection: set on the one that writes the day.
            try await app.db.withConnection { connection in
                let sql = connection as! any SQLDatabase
                try await Self.prepareBulkLoad(on: sql)
                try await Self.history(of: today.adding(days: -offset), school: demo.school.id, timeZone: timeZone, on: sql)
            }
            if offset % 30 == 0 { console.print("  history: \(days - offset + 1)/\(days) days, \(Self.elapsed(since: started))") }
        }
        try await app.stores.dailyReports.rebuildCounts(of: demo.school.id, context: AuditContext(actor: .system, address: "bench", now: Date()))
        console.print("wrote \(days) days of reports and their counters in \(Self.elapsed(since: started))")
        started = ContinuousClock.now
        // The demo's own accounts first: the students' bench accounts would crowd them out of the account list.
        let org = try await Self.orgSession(demo, stores: app.stores)
        try org.write(toFile: directory + "/org.token", atomically: true, encoding: .utf8)
        let tokens = try await Self.studentSessions(demo, on: sql)
        try tokens.joined(separator: "\n").appending("\n").write(toFile: directory + "/students.tokens", atomically: true, encoding: .utf8)
        let college = demo.gridUnits.first { $0.kind == .college }!
        try college.id.rawValue.uuidString.write(toFile: directory + "/college.id", atomically: true, encoding: .utf8)
        console.print("\(tokens.count) student sessions and the organisation department's in \(Self.elapsed(since: started)); files in \(directory)")
    }

    /// SQLite: a page cache large enough for the (person, day) index of 18 M rows, and no fsync while loading
    /// (the server opens its own connections, with synchronous=FULL, afterwards).
    private static func prepareBulkLoad(on sql: any SQLDatabase) async throws {
        guard sql.dialect.name == "sqlite" else { return }
        try await sql.raw("PRAGMA cache_size = -2000000").run()
        try await sql.raw("PRAGMA synchronous = OFF").run()
    }

    /// One day of reports of every student but about 3%, in one statement: ~2% abnormal, ~5% late.
    /// Ids grow with the day (day number, then the student's row), as time-ordered ids would: random ones would
    /// scatter every day's rows over the whole primary-key index and make the load slow down as it grows.
    private static func history(of day: LocalDate, school: School.ID, timeZone: TimeZone, on sql: any SQLDatabase) async throws {
        let postgres = sql.dialect.name == "postgresql"
        let dayNumber = Int(day.start(in: timeZone).timeIntervalSince1970 / 86_400)
        let id = postgres
            ? "(lpad(to_hex(\(dayNumber)), 8, '0') || lpad(to_hex(row_number() OVER ()), 24, '0'))::uuid"
            : "unhex(printf('%08X%016X%08X', \(dayNumber), person_row, abs(random()) % 4294967296))"
        let dice = postgres ? "floor(random() * 100)" : "(abs(random()) % 100)"
        let at = day.start(in: timeZone).addingTimeInterval(7.5 * 3_600)
        let well = ReportAnswers(["health": "well", "location": "campus", "risk": "no"]).json
        let fever = ReportAnswers(["health": "fever", "location": "campus", "risk": "no", "temperature": "37.8"]).json
        try await sql.raw("""
            INSERT INTO daily_reports (id, school_id, person_id, day, class_id, dorm_id, grid_path, form_version, answers,
                                       abnormal, late, off_campus, revision, submitted_at)
            SELECT \(unsafeRaw: id), school_id, id, \(bind: day.iso), class_id, dorm_id, grid_path, 1,
                   CASE WHEN dice < 2 THEN \(bind: fever) ELSE \(bind: well) END,
                   dice < 2, dice >= 92, \(bind: false), 1, \(bind: at)
            FROM (SELECT p.*, \(unsafeRaw: postgres ? "0" : "p.rowid") AS person_row, \(unsafeRaw: dice) AS dice FROM people p WHERE p.school_id = \(bind: school.rawValue) AND p.kind = 'student') s
            WHERE dice < 97
            """).run()
    }

    /// A bearer session for every student, inserted as login would have made them (accounts, the student role), and
    /// their consent to health answers, so that the load sends the whole form.
    private static func studentSessions(_ demo: DemoUniversity, on sql: any SQLDatabase) async throws -> [String] {
        let now = Date(), hash = "bench-no-password-login"
        var tokens: [String] = []
        let students = demo.people.map(\.person).filter { $0.kind == .student }
        for chunk in stride(from: 0, to: students.count, by: 500).map({ students[$0..<min($0 + 500, students.count)] }) {
            var accounts = sql.insert(into: "accounts").columns("id", "school_id", "person_id", "login", "display_name", "password_hash",
                                                                "must_change_password", "is_demo", "failed_logins", "created_at", "updated_at")
            var roles = sql.insert(into: "role_assignments").columns("id", "account_id", "role", "school_id", "created_at", "updated_at")
            var consents = sql.insert(into: "health_consents").columns("id", "school_id", "person_id", "text_version", "granted_at")
            var sessions = sql.insert(into: "sessions").columns("id", "token_hash", "account_id", "csrf_token", "kind",
                                                                "last_seen_at", "created_at", "updated_at")
            for person in chunk {
                let account = UUID(), token = UUID().uuidString + UUID().uuidString
                tokens.append(token)
                accounts = accounts.values(SQLBind(account), SQLBind(demo.school.id.rawValue), SQLBind(person.id.rawValue),
                                           SQLBind("bench-\(person.number)"), SQLBind(person.name), SQLBind(hash), SQLBind(false),
                                           SQLBind(true), SQLBind(0), SQLBind(now), SQLBind(now))
                roles = roles.values(SQLBind(UUID()), SQLBind(account), SQLBind(Role.student.rawValue), SQLBind(demo.school.id.rawValue),
                                     SQLBind(now), SQLBind(now))
                consents = consents.values(SQLBind(UUID()), SQLBind(demo.school.id.rawValue), SQLBind(person.id.rawValue),
                                           SQLBind(HealthConsent.currentTextVersion), SQLBind(now))
                sessions = sessions.values(SQLBind(UUID()), SQLBind(SessionStore.tokenHash(token)), SQLBind(account),
                                           SQLBind(UUID().uuidString), SQLBind("bearer"), SQLBind(now), SQLBind(now), SQLBind(now))
            }
            try await accounts.run(); try await roles.run(); try await consents.run(); try await sessions.run()
        }
        return tokens
    }

    /// The demo's `org` account (the whole school), logged in by the API's own session start.
    private static func orgSession(_ demo: DemoUniversity, stores: Stores) async throws -> String {
        guard let account = try await stores.accounts.list(school: demo.school.id, page: ListRequest(size: 100)).items
            .first(where: { $0.login == "org" }) else { throw Abort(.conflict, reason: "The demo school has no org account") }
        return try await stores.sessions.start(for: account.id, kind: .bearer).token
    }

    static func elapsed(since start: ContinuousClock.Instant) -> String {
        let d = ContinuousClock.now - start
        return String(format: "%.1f s", Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
    }
}
