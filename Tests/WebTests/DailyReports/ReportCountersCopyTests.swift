import Domain
import Foundation
import Persistence
import SQLKit
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// The writer's copy of a day's counters, which summaries read: equal to the table whatever the interleaving
    /// of submissions and reads, and catching up with other servers' reports within about a second.
    @Suite struct ReportCountersCopyTests {
        /// An unchanged report; health is answered only by a student who consented to give it.
        static func submission(_ person: Person, consented: Bool, _ context: ReportContext) -> ReportSubmission {
            var typed = ["location": "campus", "risk": ReportAnswers.text(false)]
            if consented { typed["health"] = "well" }
            return ReportSubmission(schoolID: ReportWorld.school, personID: person.id, form: context.form, typed: typed,
                                    idempotencyKey: nil, address: "test", submittedAt: ReportWorld.morning, timing: context.timing)
        }

        static func consenting(_ app: Application) async throws -> Set<UUID> {
            struct Row: Decodable { var person_id: UUID }
            return Set(try await ReportWorld.sql(app).select().column("person_id").from("health_consents")
                .where(SQLColumn("revoked_at"), .is, SQLLiteral.null).all(decoding: Row.self).map(\.person_id))
        }

        static func table(_ app: Application) async throws -> [UUID: ReportTally] {
            try await ReportWriter.readCounts(school: ReportWorld.school.rawValue, day: ReportWorld.day.iso, on: ReportWorld.sql(app))
        }

        @Test func copy_equalsTheTable_whileSubmissionsAndReadsInterleave() async throws {
            try await withApp(clock: ManualClock(ReportWorld.morning), demoMode: true) { app in
                // setup
                let context = try await app.reportContexts.context(of: ReportWorld.school, stores: { app.stores })
                let consenting = try await Self.consenting(app)
                let students = ReportWorld.world.people.map(\.person).filter { $0.kind == .student && $0.classID != nil }.prefix(90)
                let writer = app.reportWriter
                // MUT: the reports (some sent twice) with reads of the copy among them
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for (index, student) in students.enumerated() {
                        group.addTask { _ = try await writer.submit(Self.submission(student, consented: consenting.contains(student.id.rawValue), context)) }
                        if index % 3 == 0 {
                            group.addTask { _ = try await writer.classCounts(school: ReportWorld.school, day: ReportWorld.day) }
                        }
                        if index % 10 == 0 { group.addTask { _ = try await writer.submit(Self.submission(student, consented: consenting.contains(student.id.rawValue), context)) } }
                    }
                    try await group.waitForAll()
                }
                // validate
                let copy = try await writer.classCounts(school: ReportWorld.school, day: ReportWorld.day)
                let table = try await Self.table(app)
                #expect(copy == table)
                #expect(table.values.map(\.reported).reduce(0, +) == 90)
            }
        }

        @Test func anotherServersReports_appearWithinTwoLifetimes() async throws {
            try await withApp(clock: ManualClock(ReportWorld.morning), demoMode: true) { app in
                // setup: a copy is held, then another server adds three reports to a class
                let writer = app.reportWriter
                let before = try await writer.classCounts(school: ReportWorld.school, day: ReportWorld.day)
                try await ReportWorld.sql(app).insert(into: "daily_report_counts")
                    .columns("school_id", "day", "class_id", "reported", "late", "abnormal")
                    .values(SQLBind(ReportWorld.school.rawValue), SQLBind(ReportWorld.day.iso), SQLBind(ReportWorld.studentClass.rawValue),
                            SQLBind(3), SQLBind(1), SQLBind(0))
                    .run()
                // MUT: asked again and again, the copy catches up within two lifetimes
                var after = before
                let deadline = ContinuousClock.now + ReportWriter.countsLifetime * 2 + .milliseconds(500)
                while after[ReportWorld.studentClass.rawValue] == nil, ContinuousClock.now < deadline {
                    try await Task.sleep(for: .milliseconds(100))
                    after = try await writer.classCounts(school: ReportWorld.school, day: ReportWorld.day)
                }
                // validate
                #expect(before[ReportWorld.studentClass.rawValue] == nil)
                #expect(after[ReportWorld.studentClass.rawValue] == ReportTally(reported: 3, late: 1))
            }
        }
    }
}
