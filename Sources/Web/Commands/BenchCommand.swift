import Domain
import Fluent
import Foundation
import Persistence
import Vapor

/// `zhibu bench [--students N]`: builds a demo university in a scratch SQLite file, times the hot reads
/// of this foundation (scoped lists, search, a record) and writes the table to docs/benchmarks.md.
struct BenchCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "students", help: "Students in the scratch demo (default 20000)") var students: Int?
        @Option(name: "output", help: "Where to write the results (default docs/benchmarks.md)") var output: String?
        @Flag(name: "compliance", help: "Time the 工作欠账 board of a whole school instead (BenchCommand+Compliance)") var compliance: Bool
        @Option(name: "years", help: "With --compliance: years of meetings to seed (default 3)") var years: Int?
        @Option(name: "runs", help: "With --compliance or --tickets: timed runs of each query (default 50)") var runs: Int?
        @Flag(name: "tickets", help: "Time the demand tracker with a large year of tickets instead (BenchCommand+Tickets)") var tickets: Bool
        @Option(name: "ticket-count", help: "With --tickets: tickets to seed (default 100000)") var ticketCount: Int?
        @Flag(name: "reports", help: "Prepare the daily reports' load test (BenchCommand+Reports, scripts/bench-reports.sh)") var reports: Bool
        @Option(name: "days", help: "With --reports: days of reports to seed (default 365)") var days: Int?
    }

    var help: String { "Measures seeding and scoped queries; writes docs/benchmarks.md" }

    func run(using context: CommandContext, signature: Signature) async throws {
        if signature.compliance { return try await runCompliance(using: context, signature: signature) }
        if signature.tickets { return try await runTickets(using: context, signature: signature) }
        if signature.reports { return try await runReportsSetup(using: context, signature: signature) }
        let app = context.application
        try await app.autoMigrate()
        guard try await app.stores.schools.all().isEmpty else {
            throw Abort(.conflict, reason: "zhibu bench needs an empty database: DATABASE_URL=sqlite:/tmp/bench.sqlite zhibu bench")
        }
        let students = signature.students ?? 20_000
        let demo = DemoUniversity.generate(seed: 2026, students: students, today: LocalDate(year: 2026, month: 11, day: 1)!)
        var rows: [(String, Double)] = []
        let seeding = try await measure { try await DemoSeeder(stores: app.stores, hasher: app.zhibu.hasher).seed(demo) { _ in } }
        rows.append(("seed the demo (\(demo.people.count) people)", seeding))
        let scopes = try await BenchScopes.of(demo, stores: app.stores, demoMode: true)
        for (label, scope) in scopes {
            let time = try await measure(repeat: 20) {
                _ = try await app.stores.people.list(.init(), page: ListRequest(number: 3, size: 50), scope: scope)
            }
            rows.append(("people list, page 3 of 50, as \(label)", time))
        }
        let name = String(demo.people[demo.people.count / 2].person.name.prefix(1))
        rows.append(("search by surname “\(name)” as org", try await measure(repeat: 20) {
            _ = try await app.stores.people.list(.init(query: name), page: ListRequest(), scope: scopes[0].1)
        }))
        rows.append(("one record with posts as org", try await measure(repeat: 50) {
            _ = try await app.stores.people.find(demo.people[10].person.id, scope: scopes[0].1)
        }))
        rows.append(("organisation tree with member counts as org", try await measure(repeat: 10) {
            _ = try await app.stores.organizations.memberCounts(scope: scopes[0].1)
        }))
        let report = BenchReport(students: students, rows: rows).markdown
        let path = signature.output ?? "docs/benchmarks.md"
        try report.write(toFile: path, atomically: true, encoding: .utf8)
        context.console.print(report)
    }

    /// Mean seconds per run.
    private func measure(repeat count: Int = 1, _ body: () async throws -> Void) async throws -> Double {
        let start = ContinuousClock.now
        for _ in 0..<count { try await body() }
        let elapsed = ContinuousClock.now - start
        return (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18) / Double(count)
    }
}

/// The scopes of the demo's roles, resolved as at login.
enum BenchScopes {
    static func of(_ demo: DemoUniversity, stores: Stores, demoMode: Bool) async throws -> [(String, Scope)] {
        var result: [(String, Scope)] = []
        let accounts = try await stores.accounts.list(school: demo.school.id, page: ListRequest(size: 100)).items
        for login in ["org", "college1", "branch1", "counselor1"] {
            guard let account = accounts.first(where: { $0.login == login }),
                  let actor = try await stores.accounts.actor(account.id, demoMode: demoMode)?.actor else { continue }
            result.append((login, actor.scope))
        }
        return result
    }
}

struct BenchReport {
    var students: Int
    var rows: [(String, Double)]

    var markdown: String {
        let machine = "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB"
        #if DEBUG
        let build = "debug build"
        #else
        let build = "release build"
        #endif
        var lines = ["# Benchmarks", "",
                     "Written by `zhibu bench` (\(build)) on \(machine), SQLite, demo with \(students) students.",
                     "Times are means over repeated runs, in milliseconds.", "", "| what | ms |", "|---|---:|"]
        lines += rows.map { "| \($0.0) | \(String(format: "%.1f", $0.1 * 1000)) |" }
        return lines.joined(separator: "\n") + "\n"
    }
}
