import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// Statistics per department and period: the page with its chart, the .xlsx export (audited) and the API, all
    /// with the same figures, and only the departments the caller reaches.
    @Suite struct TicketStatisticsTests {
        /// November 2026, around t0 (Wednesday 2026-11-18 in the school's time zone).
        static let period = "from=2026-11-01&to=2026-11-30"
        /// The test department's line: received 2, none on the spot, 1 answered, 1 on time (100%), none overdue, 1 open,
        /// 2 hours to answer, 4 stars from 1 rating.
        static let expectedLine = ["统计测试处", "2", "0", "1", "1", "100.0%", "0", "1", "2.0", "4.0", "1"]

        @Test func page_showsTheTableChartAndExportLink() async throws {
            let clock = ManualClock(t0)
            try await withApp(clock: clock, demoMode: true) { app in
                // setup
                let made = try await StatisticsFixture.make(app, clock: clock)
                let browser = try Browser(app)
                _ = try await browser.login("org")
                // MUT
                let page = try await browser.get("/tickets/statistics?\(Self.period)")
                let byDefault = try await browser.get("/tickets/statistics")
                // validate
                #expect(page.status == .ok)
                let html = page.body.string
                let row = "<tr data-department=\"\(made.department.id.rawValue.uuidString)\"><th>统计测试处</th>"
                    + Self.expectedLine.dropFirst().map { "<td>\($0)</td>" }.joined()
                #expect(html.contains(row))
                #expect(html.contains("<svg") && html.contains("role=\"img\"") && html.contains("各部门诉求办理情况"))
                #expect(!html.contains("<script"))
                #expect(html.contains("<tr data-department=\"total\"><th>全校合计</th>"))
                #expect(html.contains("/tickets/statistics/export.xlsx?from=2026-11-01"))
                #expect(byDefault.status == .ok)
                #expect(byDefault.body.string.contains("value=\"2026-01-01\"") && byDefault.body.string.contains("value=\"2026-11-18\""),
                        "this calendar year to today by default")
            }
        }

        @Test func export_isARealWorkbook_withTheSameFigures_andAudited() async throws {
            let clock = ManualClock(t0)
            try await withApp(clock: clock, demoMode: true) { app in
                // setup
                _ = try await StatisticsFixture.make(app, clock: clock)
                // MUT
                let answer = try await Downloads.download("/tickets/statistics/export.xlsx?\(Self.period)", as: "org", in: app)
                // validate
                #expect(answer.status == .ok)
                #expect(answer.headers.first(name: .contentDisposition)?.contains("ticket-statistics-20261101-20261130") == true)
                let table = try Downloads.table(answer, fileName: "statistics.xlsx")
                #expect(table.first == TicketStatisticsReport.header(.zh))
                #expect(table.contains(Self.expectedLine))
                let total = try #require(table.last)
                #expect(total.first == "全校合计")
                let received = table.dropFirst().dropLast().compactMap { Int($0[1]) }.reduce(0, +)
                #expect(Int(total[1]) == received, "the total adds the lines up")
                let events = try await app.stores.auditTrail.list(.init(action: .listExported), page: ListRequest(size: 500), scope: .system).items
                #expect(events.contains { $0.actorLogin == "org" && $0.target == "ticket_statistics:2026-11-01:2026-11-30" })
            }
        }

        @Test func api_answersTheFigures_andOverdueAsOfNow() async throws {
            let clock = ManualClock(t0)
            try await withApp(clock: clock, demoMode: true) { app in
                // setup
                let made = try await StatisticsFixture.make(app, clock: clock)
                let api = try Browser(app)
                _ = try await api.apiLogin("org")
                // MUT
                let answer = try await api.json(.GET, "/api/v1/tickets/stats?\(Self.period)")
                clock.advance(by: 10 * 86_400)
                _ = try await api.apiLogin("org")  // the session expired while idle for ten days
                let later = try await api.json(.GET, "/api/v1/tickets/stats?\(Self.period)")
                // validate
                #expect(answer.status == .ok)
                let body = try Self.object(answer)
                #expect(Set(body.keys) == ["from", "to", "departments", "total"])
                #expect(body["from"] as? String == "2026-11-01" && body["to"] as? String == "2026-11-30")
                let stats = try MeetingWorld.decode(Stats.self, answer)
                let line = try #require(stats.departments.first { $0.departmentId == made.department.id.rawValue })
                #expect(line == Figures(departmentId: made.department.id.rawValue, name: "统计测试处", received: 2, answeredOnSpot: 0,
                                        answered: 1, answeredOnTime: 1, overdue: 0, open: 1, averageHoursToAnswer: 2.0,
                                        satisfaction: 4.0, rated: 1))
                let total = try #require(body["total"] as? [String: Any])
                #expect(total["departmentId"] == nil && total["name"] == nil, "the total names no department")
                #expect(stats.total.received == stats.departments.map(\.received).reduce(0, +))
                #expect(stats.total.overdue == stats.departments.map(\.overdue).reduce(0, +))
                let overdue = try #require(try MeetingWorld.decode(Stats.self, later).departments.first { $0.departmentId == made.department.id.rawValue })
                #expect(overdue.overdue == 1 && overdue.open == 1, "the open ticket is past its 3 working days")
            }
        }

        @Test func api_badDates_answer422WithTheField() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup
                let api = try Browser(app)
                _ = try await api.apiLogin("org")
                // MUT
                let malformed = try await api.json(.GET, "/api/v1/tickets/stats?from=2026-13-01")
                let reversed = try await api.json(.GET, "/api/v1/tickets/stats?from=2026-12-01&to=2026-11-01")
                let page = try await { () async throws -> LiveServer.Answer in
                    let browser = try Browser(app)
                    _ = try await browser.login("org")
                    return try await browser.get("/tickets/statistics?to=yesterday")
                }()
                // validate
                #expect(malformed.status == .unprocessableEntity)
                let error = try MeetingWorld.decode(APIError.self, malformed)
                #expect(error.error == "invalid" && error.field == "from" && error.reason.contains("2026-01-31"))
                let reversedError = try MeetingWorld.decode(APIError.self, reversed)
                #expect(reversed.status == .unprocessableEntity && reversedError.field == "from")
                #expect(page.status == .unprocessableEntity && page.body.string.contains("日期格式应为"))
            }
        }

        @Test func scope_collegeAdminSeesNoDepartment_studentIsRefused() async throws {
            let clock = ManualClock(t0)
            try await withApp(clock: clock, demoMode: true) { app in
                // setup
                _ = try await StatisticsFixture.make(app, clock: clock)
                let college = try Browser(app), student = try Browser(app)
                _ = try await college.apiLogin("college1")
                _ = try await student.apiLogin("student1")
                // MUT
                let scoped = try await college.json(.GET, "/api/v1/tickets/stats?\(Self.period)")
                let refused = try await student.json(.GET, "/api/v1/tickets/stats?\(Self.period)")
                // validate
                #expect(scoped.status == .ok)
                let body = try MeetingWorld.decode(Stats.self, scoped)
                #expect(body.departments.isEmpty, "no department is in a college admin's reach")
                #expect(body.total.received == 0)
                #expect(refused.status == .forbidden)
            }
        }

        struct Figures: Decodable, Equatable {
            var departmentId: UUID?
            var name: String?
            var received: Int, answeredOnSpot: Int, answered: Int, answeredOnTime: Int, overdue: Int, open: Int
            var averageHoursToAnswer: Double?
            var satisfaction: Double?
            var rated: Int
        }

        struct Stats: Decodable {
            var from: String
            var to: String
            var departments: [Figures]
            var total: Figures
        }

        static func object(_ answer: LiveServer.Answer) throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(buffer: answer.body)) as? [String: Any])
        }

    }
}

/// A department of the first school with two tickets from `student1` submitted at t0: one answered two hours later
/// by a supervisor (in time) and rated 4 stars, one still open (3 working days, due Monday 2026-11-23).
enum StatisticsFixture {
    struct Made {
        var department: Department
        var category: TicketCategory
        var answered: Ticket
        var open: Ticket
    }

    static func make(_ app: Application, clock: ManualClock) async throws -> Made {
        let org = try await app.actor(login: "org", needing: .configureTickets)
        let school = try #require(org.schoolID)
        let setup = AuditContext(actor: org, address: "test", now: t0)
        let department = try await app.stores.departments.save(department: nil, name: "统计测试处", isActive: true, school: school, context: setup)
        let category = try await app.stores.departments.save(category: nil, name: "统计测试类别", department: department.id, timeLimitDays: 3,
                                                             isActive: true, school: school, context: setup)
        let student = try await app.actor(login: "student1", needing: .raiseTickets)
        let asked = AuditContext(actor: student, address: "test", now: t0)
        let answered = try await app.stores.tickets.submit(TicketDraft(categoryID: category.id, title: "宿舍热水时有时无", body: "三号楼热水不稳定"),
                                                           key: nil, context: asked).ticket
        let open = try await app.stores.tickets.submit(TicketDraft(categoryID: category.id, title: "图书馆座位不够", body: "期末座位紧张"),
                                                       key: nil, context: asked).ticket
        let supervisor = Actor(accountID: .init(UUID()), login: "supervisor-test", displayName: "督办", personID: org.personID,
                               schoolID: school, roles: [.supervisor], scope: Scope(schools: .only([school]), grants: [.allTickets]))
        clock.advance(by: 7200)
        try await app.stores.tickets.act(answered.id, .answer("已更换热水器"), context: AuditContext(actor: supervisor, address: "test", now: t0 + 7200))
        clock.advance(by: 600)
        try await app.stores.tickets.act(answered.id, .rate(score: 4, comment: ""), context: AuditContext(actor: student, address: "test", now: t0 + 7800))
        return Made(department: department, category: category, answered: answered, open: open)
    }
}
