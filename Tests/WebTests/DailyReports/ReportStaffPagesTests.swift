import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// The units' pages through real HTTP: a counsellor's classes and lists, a unit out of reach answered 404, the
    /// audited export, a monitor's one class, a student's recent reports for the staff in scope only.
    @Suite struct ReportStaffPagesTests {
        @Test func counselor_seesTheirClasses_theMissingList_andNotOtherUnits() async throws {
            try await withApp(clock: ManualClock(ReportPagesWorld.morning), demoMode: true) { app in
                // setup
                let counselor = try Browser(app)
                _ = try await counselor.login("counselor1")
                let other = ReportPagesWorld.classOutOfReach.id.rawValue.uuidString
                // MUT
                let summary = try await counselor.get("/reports")
                let yesterday = try await counselor.get("/reports?date=2026-11-18")
                let missing = try await counselor.get("/reports/missing")
                let outOfReach = try await counselor.get("/reports?unit=\(other)")
                let outOfReachList = try await counselor.get("/reports/missing?unit=\(other)")
                let breakdown = try await counselor.get("/reports/breakdown?date=2026-11-18&question=location")
                let person = try await counselor.get("/reports/person/\(ReportPagesWorld.student.id.rawValue.uuidString)")
                let stranger = try await counselor.get("/reports/person/\(TestWorld.person(of: "b-student1", in: TestWorld.second).id.rawValue.uuidString)")
                // validate
                #expect(summary.status == .ok)
                let html = summary.body.string
                for unit in ReportPagesWorld.counselorClasses {
                    #expect(html.contains("data-unit=\"\(unit.id.rawValue.uuidString)\"") && html.contains(unit.name), "\(unit.name)")
                }
                #expect(!html.contains(ReportPagesWorld.classOutOfReach.id.rawValue.uuidString))
                #expect(html.contains("<svg") && html.contains("近 30 天上报率") && !html.contains("<script"))
                #expect(html.contains("/reports/missing?date=2026-11-19") && html.contains("/reports/breakdown?date=2026-11-19") && html.contains("question=location"))
                #expect(yesterday.status == .ok && yesterday.body.string.contains("value=\"2026-11-18\""))
                #expect(missing.status == .ok)
                #expect(missing.body.string.contains(ReportPagesWorld.student.name))
                #expect(missing.body.string.contains("/reports/person/\(ReportPagesWorld.student.id.rawValue.uuidString)"))
                #expect(outOfReach.status == .notFound && outOfReachList.status == .notFound)
                #expect(breakdown.status == .ok && breakdown.body.string.contains("data-option=\"campus\""))
                #expect(person.status == .ok && person.body.string.contains(ReportPagesWorld.student.name))
                #expect(stranger.status == .notFound)
            }
        }

        @Test func missingExport_isAnAuditedWorkbook_withTheList() async throws {
            try await withApp(clock: ManualClock(ReportPagesWorld.morning), demoMode: true) { app in
                // MUT
                let answer = try await Downloads.download("/reports/missing/export", as: "counselor1", in: app)
                let summary = try await Downloads.download("/reports/export?date=2026-11-18", as: "counselor1", in: app)
                // validate
                #expect(answer.status == .ok)
                #expect(answer.headers.first(name: .contentDisposition)?.contains("daily-reports-missing-20261119") == true)
                let table = try Downloads.table(answer, fileName: "missing.xlsx")
                #expect(table.first == ["姓名", "学号", "班级", "宿舍"])
                #expect(table.contains { $0.first == ReportPagesWorld.student.name && $0[1] == ReportPagesWorld.student.number })
                #expect(summary.status == .ok)
                let rows = try Downloads.table(summary, fileName: "summary.xlsx")
                #expect(rows.first == ReportSummaryTable.header(.zh))
                #expect(rows.last?.first?.hasPrefix("合计") == true)
                let events = try await app.stores.auditTrail.list(.init(action: .listExported), page: ListRequest(size: 500), scope: .system).items
                #expect(events.contains { $0.actorLogin == "counselor1" && $0.target == "daily_reports_missing:all:2026-11-19" })
                #expect(events.contains { $0.actorLogin == "counselor1" && $0.target == "daily_reports:all:2026-11-18" })
            }
        }

        @Test func monitor_seesOnlyTheirClass() async throws {
            try await withApp(clock: ManualClock(ReportPagesWorld.morning), demoMode: true) { app in
                // setup
                let monitor = try Browser(app)
                _ = try await monitor.login("monitor1")
                let mine = ReportPagesWorld.monitorClass
                let others = ReportPagesWorld.counselorClasses.filter { $0.id != mine.id }
                // MUT
                let summary = try await monitor.get("/reports?date=2026-11-18")
                let neighbour = try await monitor.get("/reports?unit=\(others.first?.id.rawValue.uuidString ?? ReportPagesWorld.classOutOfReach.id.rawValue.uuidString)")
                let student = try Browser(app)
                _ = try await student.login("student1")
                let forbidden = try await student.get("/reports")
                // validate
                #expect(summary.status == .ok)
                let html = summary.body.string
                #expect(html.contains(mine.name))
                for unit in others { #expect(!html.contains(unit.id.rawValue.uuidString) && !html.contains(">\(unit.name)<")) }
                #expect(neighbour.status == .notFound)
                #expect(forbidden.status == .forbidden)
            }
        }
    }
}
