import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// The school's ticket settings (departments, categories, rules) and working calendar: changed through the pages by
    /// the school-wide admin only, every refusal in the user's language beside what was typed, every change audited.
    @Suite struct TicketSettingsTests {
        static var school: School.ID { TestWorld.first.school.id }

        @Test func departmentAndCategory_areCreatedRenamedAndAudited() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup
                let browser = try Browser(app)
                _ = try await browser.login("org")
                // MUT
                let added = try await browser.post("/settings/tickets/departments", form: ["name": "设置测试处", "active": "true"])
                let department = try #require(try await app.stores.departments.departments(of: Self.school).first { $0.name == "设置测试处" })
                let category = try await browser.post("/settings/tickets/categories", form: [
                    "name": "设置测试类别", "department": department.id.rawValue.uuidString, "timeLimitDays": "3", "active": "true"])
                let page = try await browser.get("/settings/tickets")
                let renamed = try await browser.post("/settings/tickets/departments",
                                                     form: ["id": department.id.rawValue.uuidString, "name": "设置测试二处"])
                // validate
                #expect(added.status == .seeOther && added.headers.first(name: .location) == "/settings/tickets")
                #expect(category.status == .seeOther)
                let stored = try await app.stores.departments.categories(of: Self.school).first { $0.name == "设置测试类别" }
                #expect(stored?.departmentID == department.id && stored?.timeLimitDays == 3 && stored?.isActive == true)
                #expect(page.status == .ok)
                let html = page.body.string
                #expect(html.contains("value=\"设置测试处\"") && html.contains("value=\"设置测试类别\""))
                #expect(html.contains("data-department=\"\(department.id.rawValue.uuidString)\""))
                #expect(renamed.status == .seeOther)
                let after = try await app.stores.departments.department(department.id, school: Self.school)
                #expect(after.name == "设置测试二处" && !after.isActive, "an unticked box deactivates")
                let actions = try await Self.audited(app)
                #expect(actions.filter { $0 == .departmentSaved }.count >= 2 && actions.contains(.ticketCategorySaved))
            }
        }

        @Test func category_badTimeLimit_isRefusedWithTheFieldsMessage() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup
                let department = try await Self.department("时限测试处", app)
                let browser = try Browser(app)
                _ = try await browser.login("org")
                let form = ["name": "时限测试类别", "department": department.id.rawValue.uuidString, "active": "true"]
                // MUT
                let zero = try await browser.post("/settings/tickets/categories", form: form.merging(["timeLimitDays": "0"]) { $1 })
                let word = try await browser.post("/settings/tickets/categories", form: form.merging(["timeLimitDays": "三天"]) { $1 })
                let tooLong = try await browser.post("/settings/tickets/categories?lang=en", form: form.merging(["timeLimitDays": "61"]) { $1 })
                let noDepartment = try await browser.post("/settings/tickets/categories?lang=zh-Hans",
                                                          form: form.merging(["timeLimitDays": "3", "department": ""]) { $1 })
                // validate
                for answer in [zero, word] {
                    #expect(answer.status == .unprocessableEntity)
                    let html = answer.body.string
                    #expect(html.contains("办结时限应为1至60个工作日"))
                    #expect(html.contains("value=\"时限测试类别\""), "what was typed is kept")
                }
                #expect(zero.body.string.contains("value=\"0\""))
                #expect(tooLong.status == .unprocessableEntity)
                #expect(tooLong.body.string.contains("The time limit must be 1 to 60 working days"))
                #expect(noDepartment.status == .unprocessableEntity && noDepartment.body.string.contains("请选择负责部门"))
                #expect(try await !app.stores.departments.categories(of: Self.school).contains { $0.name == "时限测试类别" })
            }
        }

        @Test func calendarEntry_isAddedThenRemoved_bothAudited() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup
                let browser = try Browser(app)
                _ = try await browser.login("org")
                let before = try await browser.get("/settings/calendar?year=2026")
                let mayBefore = try #require(Self.workingDays(month: 5, in: before.body.string))
                // MUT
                let added = try await browser.post("/settings/calendar",
                                                   form: ["date": "2026-05-20", "kind": "holiday", "name": "校庆", "year": "2026"])
                let page = try await browser.get("/settings/calendar?year=2026")
                let removed = try await browser.post("/settings/calendar/remove", form: ["date": "2026-05-20"])
                let after = try await browser.get("/settings/calendar?year=2026")
                let missing = try await browser.post("/settings/calendar/remove", form: ["date": "2026-05-20"])
                // validate
                #expect(before.status == .ok && before.body.string.contains("国庆节"), "the official calendar is shown")
                #expect(before.body.string.contains("data-date=\"2026-10-10\" data-source=\"official\""))
                #expect(added.status == .seeOther && added.headers.first(name: .location) == "/settings/calendar?year=2026")
                let html = page.body.string
                #expect(html.contains("data-date=\"2026-05-20\" data-source=\"school\"") && html.contains("校庆"))
                #expect(Self.workingDays(month: 5, in: html) == mayBefore - 1, "a Wednesday off is one working day less")
                #expect(removed.status == .seeOther)
                #expect(!after.body.string.contains("data-date=\"2026-05-20\""))
                #expect(Self.workingDays(month: 5, in: after.body.string) == mayBefore)
                #expect(missing.status == .notFound)
                #expect(try await !app.stores.calendar.entries(of: Self.school, year: 2026).contains { $0.date.iso == "2026-05-20" })
                let events = try await app.stores.auditTrail.list(.init(action: .calendarChanged), page: ListRequest(size: 500), scope: .system).items
                #expect(events.contains { $0.actorLogin == "org" && $0.detail == "set 2026-05-20 holiday 校庆" })
                #expect(events.contains { $0.actorLogin == "org" && $0.detail == "removed 2026-05-20" })
            }
        }

        @Test func calendarEntry_badDate_isRefusedAndTheNameKept() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup
                let browser = try Browser(app)
                _ = try await browser.login("org")
                // MUT
                let answer = try await browser.post("/settings/calendar", form: ["date": "2026-02-30", "kind": "holiday", "name": "运动会", "year": "2026"])
                let noName = try await browser.post("/settings/calendar", form: ["date": "2026-04-24", "kind": "holiday", "name": " ", "year": "2026"])
                // validate
                #expect(answer.status == .unprocessableEntity)
                #expect(answer.body.string.contains("请填写日期（年-月-日）") && answer.body.string.contains("value=\"运动会\""))
                #expect(noName.status == .unprocessableEntity && noName.body.string.contains("请填写名称"))
                #expect(try await !app.stores.calendar.entries(of: Self.school, year: 2026).contains { $0.name == "运动会" })
            }
        }

        @Test func collegeAdminAndStudent_areRefused_beforeAnyFormIsRead() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                let settings = try await app.stores.calendar.settings(of: Self.school)
                // A college admin holds the permission but not the school: its settings are out of scope (404).
                // A student lacks the permission (403).
                for (login, refusal) in [("college1", HTTPResponseStatus.notFound), ("student1", .forbidden)] {
                    // setup
                    let browser = try Browser(app)
                    _ = try await browser.login(login)
                    // MUT + validate
                    #expect(try await browser.get("/settings/tickets").status == refusal, "\(login)")
                    #expect(try await browser.get("/settings/calendar").status == refusal, "\(login)")
                    #expect(try await browser.post("/settings/tickets/departments", form: ["name": "越权处", "active": "true"]).status == refusal)
                    #expect(try await browser.post("/settings/tickets", form: ["autoConfirmDays": "3", "reopenDays": "3",
                                                                               "supervisorAfterWorkingDays": "3"]).status == refusal)
                    #expect(try await browser.post("/settings/calendar", form: ["date": "2026-05-20", "kind": "holiday", "name": "越权"])
                        .status == refusal)
                    #expect(try await browser.post("/settings/calendar/remove", form: ["date": "2026-10-10"]).status == refusal)
                }
                #expect(try await !app.stores.departments.departments(of: Self.school).contains { $0.name == "越权处" })
                #expect(try await app.stores.calendar.entries(of: Self.school, year: 2026).allSatisfy { $0.name != "越权" })
                #expect(try await app.stores.calendar.settings(of: Self.school) == settings)
            }
        }

        @Test func ticketRules_areSaved_andBadDaysRefused() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup
                let browser = try Browser(app)
                _ = try await browser.login("org")
                // MUT
                let saved = try await browser.post("/settings/tickets", form: ["autoConfirmDays": "5", "reopenDays": "10",
                                                                                "supervisorAfterWorkingDays": "3"])
                let refused = try await browser.post("/settings/tickets", form: ["autoConfirmDays": "5", "reopenDays": "0",
                                                                                  "supervisorAfterWorkingDays": "3"])
                // validate
                #expect(saved.status == .seeOther)
                #expect(refused.status == .unprocessableEntity && refused.body.string.contains("天数应为1至60"))
                #expect(try await app.stores.calendar.settings(of: Self.school)
                    == TicketSettings(autoConfirmDays: 5, reopenDays: 10, supervisorAfterWorkingDays: 3))
                #expect(try await Self.audited(app).contains(.ticketSettingsChanged))
                let page = try await browser.get("/settings/tickets").body.string
                #expect(page.contains("name=\"reopenDays\" value=\"10\""))
            }
        }

        // MARK: Helpers

        static func department(_ name: String, _ app: Application, admin: String = "org", school: School.ID = school) async throws -> Department {
            let actor = try await app.actor(login: admin, needing: .configureTickets)
            return try await app.stores.departments.save(department: nil, name: name, isActive: true, school: school,
                                                         context: AuditContext(actor: actor, address: "test", now: t0))
        }

        static func audited(_ app: Application) async throws -> [AuditAction] {
            try await app.stores.auditTrail.list(.init(), page: ListRequest(size: 500), scope: .system).items.map(\.action)
        }

        /// The working days of a month in the calendar page's table.
        static func workingDays(month: Int, in html: String) -> Int? {
            guard let start = html.range(of: "<tr data-month=\"\(month)\">") else { return nil }
            let row = html[start.upperBound...]
            guard let cell = row.range(of: "<td>"), let end = row[cell.upperBound...].range(of: "</td>") else { return nil }
            return Int(row[cell.upperBound..<end.lowerBound])
        }
    }
}
