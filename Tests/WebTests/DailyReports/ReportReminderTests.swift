import Domain
import Foundation
import Persistence
import SQLKit
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// Reminders of the daily report: the job's, once the school's reminder time has passed, to the students who have
    /// not reported, once a day however often it runs; and the counsellor's, to the missing students of their scope.
    @Suite struct ReportReminderTests {
        static var school: School.ID { TestWorld.first.school.id }
        /// 2026-12-09: the day after the seeded reports; the default reminder is at 09:00, the cut-off at 10:00.
        static let day = LocalDate(year: 2026, month: 12, day: 9)!

        @Test func job_remindsTheMissingStudents_onceADay_afterTheReminderTime() async throws {
            let clock = ManualClock(MeetingWorld.instant("2026-12-09T08:30"))
            try await withApp(clock: clock, demoMode: true) { app in
                // setup: student1 reports before the reminder
                let student = try Browser(app)
                _ = try await student.apiLogin("student1")
                let report = try await student.json(.POST, "/api/v1/daily-reports", ["answers": ["location": "campus", "risk": false]])
                try #require(report.status == .created, "report: \(report.body.string)")
                let missing = try await Self.missing(app, under: nil)
                // MUT
                _ = await app.jobs.runDue(now: clock.clock.now())
                let early = try await Self.notices(app)
                clock.advance(by: 3600)
                let runs = await app.jobs.runDue(now: clock.clock.now())
                let sent = try await Self.notices(app)
                clock.advance(by: 600)
                _ = await app.jobs.runDue(now: clock.clock.now())
                let again = try await ReportReminderJob.remind(try #require(try await app.stores.schools.find(Self.school)),
                                                               JobContext(stores: app.stores, logger: app.logger, now: clock.clock.now()))
                // validate
                #expect(early.isEmpty, "nothing before 09:00")
                #expect(runs.contains { $0.name == "report-reminders" && $0.error == nil })
                #expect(!missing.isEmpty && Set(sent) == missing && sent.count == missing.count, "one notice per missing student")
                #expect(!sent.contains(TestWorld.person(of: "student1").id), "who reported hears nothing")
                #expect(try await Self.notices(app).count == sent.count && again == 0, "a second run sends nothing")
                let events = try await app.stores.auditTrail.list(.init(action: .reportRemindersSent), page: ListRequest(size: 50), scope: .system).items
                #expect(events.filter { $0.schoolID == Self.school }.map(\.detail) == ["daily 2026-12-09: \(missing.count)"])
            }
        }

        @Test func job_sendsNothing_afterTheCutoff_orWhenTurnedOff() async throws {
            let clock = ManualClock(MeetingWorld.instant("2026-12-09T10:30"))
            try await withApp(clock: clock, demoMode: true) { app in
                // setup
                let org = try Browser(app)
                _ = try await org.login("org")
                // MUT
                _ = await app.jobs.runDue(now: clock.clock.now())
                let late = try await Self.notices(app)
                let saved = try await org.post("/settings/reports/times", form: ["cutoff": "10:00", "reminder": "09:00"])
                let off = try await ReportReminderJob.remind(try #require(try await app.stores.schools.find(Self.school)),
                                                             JobContext(stores: app.stores, logger: app.logger,
                                                                        now: MeetingWorld.instant("2026-12-09T09:30")))
                // validate
                #expect(late.isEmpty && saved.status == .seeOther && off == 0)
            }
        }

        @Test func counselorRemind_reachesOnlyTheMissingStudentsOfTheirScope() async throws {
            let clock = ManualClock(MeetingWorld.instant("2026-12-09T09:30"))
            try await withApp(clock: clock, demoMode: true) { app in
                // setup
                let mine = try #require(Self.counselorClasses.first), other = try #require(Self.classOutOfReach)
                let browser = try Browser(app)
                _ = try await browser.login("counselor1")
                let expected = try await Self.missing(app, under: mine.id)
                // MUT
                let page = try await browser.post("/reports/remind?unit=\(mine.id.rawValue)&date=2026-12-09", form: [:])
                let afterPage = try await Self.notices(app)
                let outside = try await browser.post("/reports/remind?unit=\(other.id.rawValue)", form: [:])
                let pastDay = try await browser.post("/reports/remind?unit=\(mine.id.rawValue)&date=2026-12-08", form: [:])
                let api = try Browser(app)
                _ = try await api.apiLogin("counselor1")
                let all = try await api.json(.POST, "/api/v1/daily-reports/reminders", [:])
                let student = try Browser(app)
                _ = try await student.apiLogin("student1")
                let refused = try await student.json(.POST, "/api/v1/daily-reports/reminders", [:])
                // validate
                #expect(!expected.isEmpty)
                #expect(page.status == .seeOther)
                #expect(page.headers.first(name: .location) == "/reports/missing?unit=\(mine.id.rawValue)&date=2026-12-09&reminded=\(expected.count)")
                #expect(Set(afterPage) == expected && afterPage.count == expected.count)
                #expect(outside.status == .notFound && pastDay.status == .unprocessableEntity)
                #expect(all.status == .ok)
                var reach = Set<Person.ID>()
                for unit in Self.counselorClasses { reach.formUnion(try await Self.missing(app, under: unit.id)) }
                #expect(all.body.string == "{\"reminded\":\(reach.count)}")
                let everyone = Set(try await Self.notices(app))
                let notMine = try await Self.missing(app, under: other.id)
                #expect(everyone == reach && everyone.isDisjoint(with: notMine), "no one out of reach")
                #expect(refused.status == .forbidden)
                let events = try await app.stores.auditTrail.list(.init(action: .reportRemindersSent), page: ListRequest(size: 50), scope: .system).items
                #expect(events.filter { $0.actorLogin == "counselor1" }.count == 2)
            }
        }

        /// counselor1's units, and a class of the same school none of them reaches, read from the demo generator.
        static var counselorClasses: [GridUnit] {
            let ids = Set(TestWorld.first.account("counselor1")!.assignments.compactMap(\.gridUnitID))
            return TestWorld.first.gridUnits.filter { ids.contains($0.id) }
        }

        static var classOutOfReach: GridUnit? {
            let reach = counselorClasses.map(\.path)
            return TestWorld.first.gridUnits.first { unit in unit.kind == .schoolClass && !reach.contains { $0.contains(unit.path) } }
        }

        /// The people who got the reminder notice in the first school, one entry per notice.
        static func notices(_ app: Application) async throws -> [Person.ID] {
            struct Row: Decodable { var person_id: UUID }
            return try await (app.db as! any SQLDatabase).select().column("person_id").from("notices")
                .where("title", .equal, ReportReminderStore.title).where("school_id", .equal, school.rawValue)
                .all(decoding: Row.self).map { Person.ID($0.person_id) }
        }

        static func missing(_ app: Application, under unit: GridUnit.ID?, scope: Scope = .system) async throws -> Set<Person.ID> {
            Set(try await app.stores.dailyReports.missing(under: unit, on: day, school: school, scope: scope).map(\.personID))
        }
    }
}
