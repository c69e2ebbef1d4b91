import Domain
import Fluent
import Foundation
import Persistence
import Vapor

/// `zhibu demo [--students N] [--seed S] [--if-empty]`: migrates and fills a database with the demo university.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "students", help: "Number of students (default 20000)") var students: Int?
        @Option(name: "seed", help: "Seed of the generator (default 2026)") var seed: UInt64?
        @Flag(name: "if-empty", help: "Do nothing when the database already holds a school") var ifEmpty: Bool
    }

    var help: String { "Creates the demo university (deterministic for a seed)" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let existing = try await app.stores.schools.all()
        if !existing.isEmpty {
            if signature.ifEmpty { context.console.print("Database already holds \(existing.count) school(s); demo skipped."); return }
            throw Abort(.conflict, reason: "The database already holds a school; use a new database for the demo.")
        }
        let started = Date()
        let students = signature.students ?? 20_000
        guard (1...200_000).contains(students) else { throw Abort(.badRequest, reason: "--students must be 1...200000") }
        context.console.print("Generating the demo university with \(students) students…")
        let today = LocalDate(app.zhibu.clock.now(), in: TimeZone(identifier: "Asia/Shanghai")!)
        let demo = DemoUniversity.generate(seed: signature.seed ?? 2026, students: students, today: today)
        let console = context.console
        try await DemoSeeder(stores: app.stores, hasher: app.zhibu.hasher).seed(demo) { console.print("  \($0)") }
        context.console.print(demo.summary)
        context.console.print(String(format: "Done in %.1f s. Demo accounts use the password %@.",
                                     Date().timeIntervalSince(started), DemoUniversity.demoPassword))
    }
}
