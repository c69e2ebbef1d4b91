import Domain
import Foundation
import Persistence
import SQLKit
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// The units' views through real HTTP: counts per unit from the counters, expected without students on
    /// approved leave, and every view scoped (a counsellor of class A sees nothing of class B).
    @Suite struct DailyReportSummaryTests {
        struct Summary: Decodable {
            struct Tally: Decodable { var enrolled, onLeave, expected, reported, missing, late, abnormal: Int }
            struct Row: Decodable { var unitId: UUID?; var name: String; var tally: Tally }
            var unitId: UUID?; var total: Tally; var children: [Row]
        }
        struct List: Decodable {
            struct Item: Decodable { var personId: UUID; var reasons: [String] }
            var total: Int; var items: [Item]
        }

        @Test func classSummary_countsReports_andExcludesStudentsOnLeave() async throws {
            try await withApp(clock: ManualClock(ReportWorld.morning), demoMode: true) { app in
                // setup
                let student = try Browser(app), counselor = try Browser(app)
                _ = try await student.apiLogin("student1")
                _ = try await counselor.apiLogin("counselor1")
                _ = try await student.json(.POST, "/api/v1/daily-reports/consent")
                let classmates = ReportWorld.students(of: ReportWorld.studentClass).filter { $0.id != ReportWorld.student.id }
                let onLeave = try #require(classmates.first)
                try await Self.approveLeave(app, person: onLeave, class: ReportWorld.studentClass)
                var fever = ReportWorld.unchanged
                fever["health"] = "fever"
                // MUT
                _ = try await student.report(fever)
                let answer = try await counselor.json(.GET, "/api/v1/daily-reports/summary?unit=\(ReportWorld.studentClass.rawValue)&date=2026-12-09")
                let missing = try ReportWorld.decode(List.self, try await counselor.json(.GET, "/api/v1/daily-reports/missing?unit=\(ReportWorld.studentClass.rawValue)&date=2026-12-09"))
                let abnormal = try ReportWorld.decode(List.self, try await counselor.json(.GET, "/api/v1/daily-reports/abnormal?unit=\(ReportWorld.studentClass.rawValue)&date=2026-12-09"))
                // validate
                #expect(answer.status == .ok)
                let summary = try ReportWorld.decode(Summary.self, answer)
                let enrolled = ReportWorld.students(of: ReportWorld.studentClass).count
                #expect(summary.total.enrolled == enrolled)
                #expect(summary.total.onLeave == 1)
                #expect(summary.total.expected == enrolled - 1)
                #expect(summary.total.reported == 1 && summary.total.abnormal == 1)
                #expect(summary.total.missing == enrolled - 2)
                #expect(missing.total == enrolled - 2)
                #expect(!missing.items.contains { $0.personId == onLeave.id.rawValue || $0.personId == ReportWorld.student.id.rawValue })
                #expect(abnormal.items.map(\.personId) == [ReportWorld.student.id.rawValue])
                #expect(abnormal.items.first?.reasons.first?.contains("发热") == true)
            }
        }

        /// The school's view adds up its colleges, and every college row adds up to the total.
        @Test func schoolSummary_rowsAddUpToTheTotal_andCountersEqualARebuild() async throws {
            try await withApp(clock: ManualClock(ReportWorld.morning), demoMode: true) { app in
                let student = try Browser(app), org = try Browser(app)
                _ = try await student.apiLogin("student1")
                _ = try await org.apiLogin("org")
                _ = try await student.json(.POST, "/api/v1/daily-reports/consent")
                _ = try await student.report()
                // MUT
                let summary = try ReportWorld.decode(Summary.self, try await org.json(.GET, "/api/v1/daily-reports/summary?date=2026-12-09"))
                let demoDay = try ReportWorld.decode(Summary.self, try await org.json(.GET, "/api/v1/daily-reports/summary?date=2026-11-18"))
                // validate
                #expect(summary.total.reported == 1)
                #expect(summary.children.map(\.tally.reported).reduce(0, +) == summary.total.reported)
                #expect(demoDay.children.map(\.tally.enrolled).reduce(0, +) == demoDay.total.enrolled)
                let before = try await Self.counters(app)
                try await app.stores.dailyReports.rebuildCounts(of: ReportWorld.school,
                                                                context: AuditContext(actor: .system, address: "test", now: ReportWorld.morning))
                #expect(try await Self.counters(app) == before)
            }
        }

        @Test func counselor_seesNothingOfAnotherClass() async throws {
            try await withApp(clock: ManualClock(ReportWorld.morning), demoMode: true) { app in
                let counselor = try Browser(app), student = try Browser(app)
                _ = try await counselor.apiLogin("counselor1")
                _ = try await student.apiLogin("student1")
                let other = ReportWorld.otherClass.id.rawValue
                // MUT / validate: by id, 404 everywhere
                for path in ["summary", "missing", "abnormal", "trend"] {
                    let answer = try await counselor.json(.GET, "/api/v1/daily-reports/\(path)?unit=\(other)")
                    #expect(answer.status == .notFound, "\(path): \(answer.status)")
                }
                // in lists: the whole reach holds only counselor1's classes
                let summary = try ReportWorld.decode(Summary.self, try await counselor.json(.GET, "/api/v1/daily-reports/summary"))
                #expect(Set(summary.children.compactMap { $0.unitId.map { GridUnit.ID($0) } }).isSubset(of: ReportWorld.counselorClasses)
                        || summary.unitId.map { ReportWorld.counselorClasses.contains(GridUnit.ID($0)) } == true)
                let missing = try ReportWorld.decode(List.self, try await counselor.json(.GET, "/api/v1/daily-reports/missing"))
                let outside = Set(ReportWorld.students(of: ReportWorld.otherClass.id).map(\.id.rawValue))
                #expect(!missing.items.isEmpty)
                #expect(missing.items.allSatisfy { !outside.contains($0.personId) })
                // students read no unit views
                #expect(try await student.json(.GET, "/api/v1/daily-reports/summary").status == .forbidden)
                #expect(try await counselor.json(.GET, "/api/v1/daily-reports/summary?date=2026-13-01").status == .badRequest)
            }
        }

        @Test func trend_hasThirtyDays_endingOnTheDate() async throws {
            try await withApp(clock: ManualClock(ReportWorld.morning), demoMode: true) { app in
                let org = try Browser(app)
                _ = try await org.apiLogin("org")
                struct Point: Decodable { var date: String; var tally: Summary.Tally }
                let points = try ReportWorld.decode([Point].self, try await org.json(.GET, "/api/v1/daily-reports/trend?date=2026-11-18"))
                #expect(points.count == 30)
                #expect(points.first?.date == "2026-10-20" && points.last?.date == "2026-11-18")
                #expect(points.allSatisfy { $0.tally.enrolled > 0 })
            }
        }

        static func approveLeave(_ app: Application, person: Person, class unit: GridUnit.ID) async throws {
            let path = ReportWorld.world.gridUnits.first { $0.id == unit }!.path.rawValue
            let now = ReportWorld.morning
            try await ReportWorld.sql(app).insert(into: "leave_applications").columns(
                "id", "school_id", "person_id", "traveller", "class_id", "grid_path", "first_day", "last_day", "destination",
                "reason", "status", "created_at", "updated_at")
                .values(SQLBind(UUID()), SQLBind(ReportWorld.school.rawValue), SQLBind(person.id.rawValue), SQLBind("student"),
                        SQLBind(unit.rawValue), SQLBind(path), SQLBind("2026-12-08"), SQLBind("2026-12-10"), SQLBind("杭州"),
                        SQLBind("家中有事"), SQLBind("approved"), SQLBind(now), SQLBind(now)).run()
        }

        struct Counter: Decodable, Equatable { var day: String, class_id: UUID, reported: Int, late: Int, abnormal: Int }

        static func counters(_ app: Application) async throws -> [Counter] {
            try await ReportWorld.sql(app).select().columns("day", "class_id", "reported", "late", "abnormal").from("daily_report_counts")
                .where("school_id", .equal, SQLBind(ReportWorld.school.rawValue)).orderBy("day").orderBy("class_id")
                .all(decoding: Counter.self)
        }
    }
}
