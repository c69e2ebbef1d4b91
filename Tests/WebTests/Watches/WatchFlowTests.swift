import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// 重点人群随访 end to end over HTTP: put on watch by hand, two follow-ups, refusals, closing with a reason.
    @Suite struct WatchFlowTests {
        @Test func pages_openFollowUpTwiceAndClose_withDaysUnderWatch() async throws {
            let clock = ManualClock(TicketWorld.wednesday)
            try await withApp(clock: clock, demoMode: true) { app in
                // setup
                let counselor = try Browser(app)
                _ = try await counselor.login("counselor1")
                let student = try await WatchWorld.unwatchedStudent(app)
                let before = try await Self.openCount(counselor)
                // MUT: put on watch, twice with the same one-time token
                let form = try await counselor.get("/watches/new?person=\(student.id.rawValue)")
                let fields = ["person": student.id.rawValue.uuidString, "reason": "情绪低落，需持续关注", "submission": "open-once-1"]
                let opened = try await counselor.post("/watches", form: fields)
                let again = try await counselor.post("/watches", form: fields)
                let id = try WatchWorld.id(from: opened)
                let first = try await counselor.post("/watches/\(id)/follow-ups",
                                                     form: ["method": "call", "result": "stable", "note": "电话联系，情绪平稳", "submission": "f1"])
                try await Self.nextDays(1, clock, counselor, "counselor1")
                let second = try await counselor.post("/watches/\(id)/follow-ups",
                                                      form: ["method": "visit", "result": "improved", "note": "宿舍走访，状态好转", "submission": "f2"])
                let shown = try await counselor.get("/watches/\(id)").body.string
                let list = try await counselor.get("/watches").body.string
                let noReason = try await counselor.post("/watches/\(id)/close", form: ["reason": "", "text": ""])
                let otherWithoutWords = try await counselor.post("/watches/\(id)/close", form: ["reason": "other", "text": " "])
                try await Self.nextDays(1, clock, counselor, "counselor1")
                let closed = try await counselor.post("/watches/\(id)/close", form: ["reason": "recovered", "text": ""])
                let late = try await counselor.post("/watches/\(id)/follow-ups",
                                                    form: ["method": "call", "result": "stable", "note": "结束后的随访", "submission": "f3"])
                try await Self.nextDays(5, clock, counselor, "counselor1")
                let after = try await counselor.get("/watches/\(id)").body.string
                let openList = try await counselor.get("/watches").body.string
                let closedList = try await counselor.get("/watches?status=closed").body.string
                let exported = try await counselor.get("/watches/export.csv?status=closed").body.string
                let workbook = try await counselor.get("/watches/export.xlsx?status=all")
                // validate
                #expect(form.status == .ok && form.body.string.contains(student.name))
                #expect(opened.status == .seeOther && again.headers.first(name: .location) == opened.headers.first(name: .location))
                #expect(first.status == .seeOther && second.status == .seeOther)
                #expect(shown.contains("电话联系，情绪平稳") && shown.contains("宿舍走访，状态好转") && shown.contains("第2天"))
                #expect(shown.contains("/reports/person/\(student.id.rawValue)"))
                #expect(list.contains("/watches/\(id)") && list.contains("第2天") && list.contains("当前重点关注 \(before + 1) 人"))
                #expect(noReason.status == .unprocessableEntity && noReason.body.string.contains("请选择结束关注的原因"))
                #expect(otherWithoutWords.status == .unprocessableEntity && otherWithoutWords.body.string.contains("请写明原因"))
                #expect(closed.status == .seeOther)
                #expect(late.status == .conflict && late.body.string.contains("该关注已结束") && late.body.string.contains("结束后的随访") == false)
                #expect(after.contains("已结束") && after.contains("已康复") && after.contains("共3天") && !after.contains("结束后的随访"))
                #expect(!openList.contains("/watches/\(id)") && openList.contains("当前重点关注 \(before) 人"))
                #expect(closedList.contains("/watches/\(id)") && closedList.contains("共3天"))
                #expect(exported.contains(student.name) && exported.contains("已康复") && exported.contains("情绪低落，需持续关注"))
                #expect(workbook.status == .ok && workbook.headers.first(name: .contentDisposition)?.contains("watch-list") == true)
                #expect(try await WatchWorld.auditCount(.watchOpened, app: app) == 1)
                #expect(try await WatchWorld.auditCount(.followUpRecorded, app: app) == 2)
                #expect(try await WatchWorld.auditCount(.watchClosed, app: app) == 1)
            }
        }

        /// Moves the school's clock on by whole days and logs in again: sessions end after 30 idle minutes.
        static func nextDays(_ days: Int, _ clock: ManualClock, _ browser: Browser, _ login: String) async throws {
            clock.advance(by: TimeInterval(days) * 86_400)
            try await browser.login(login)
        }

        /// The open count on top of the list, before the test changes it (the demo's reports opened some watches).
        static func openCount(_ browser: Browser) async throws -> Int {
            let page = try await browser.json(.GET, "/api/v1/watches?pageSize=1")
            return try WatchWorld.decode(PageDTO<WatchDTO>.self, page).total
        }

        @Test func pages_refusedFollowUp_keepsWhatWasTyped() async throws {
            try await withApp(clock: ManualClock(TicketWorld.wednesday), demoMode: true) { app in
                // setup
                let watch = try await WatchWorld.open(try await WatchWorld.unwatchedStudent(app).id, reason: "体温异常", app: app)
                let counselor = try Browser(app)
                _ = try await counselor.login("counselor1")
                // MUT
                let answer = try await counselor.post("/watches/\(watch.id.rawValue)/follow-ups",
                                                      form: ["method": "call", "result": "", "note": "打了两次电话"])
                // validate
                #expect(answer.status == .unprocessableEntity)
                #expect(answer.body.string.contains("请选择随访结果") && answer.body.string.contains("打了两次电话"))
            }
        }

        @Test func api_openFollowUpsCloseAndRefusals() async throws {
            let clock = ManualClock(TicketWorld.wednesday)
            try await withApp(clock: clock, demoMode: true) { app in
                // setup
                let counselor = try Browser(app)
                _ = try await counselor.apiLogin("counselor1")
                let person = try await WatchWorld.unwatchedStudent(app).id.rawValue.uuidString
                // MUT
                let opened = try await counselor.json(.POST, "/api/v1/watches", ["personId": person, "reason": "连续两天体温异常"])
                let second = try await counselor.json(.POST, "/api/v1/watches", ["personId": person, "reason": "重复"])
                let id = try WatchWorld.decode(WatchDetailDTO.self, opened).watch.id.uuidString
                let f1 = try await counselor.json(.POST, "/api/v1/watches/\(id)/follow-ups", ["method": "call", "result": "stable"])
                clock.advance(by: 2 * 86_400)
                _ = try await counselor.apiLogin("counselor1")  // sessions end after 30 idle minutes
                let f2 = try await counselor.json(.POST, "/api/v1/watches/\(id)/follow-ups",
                                                  ["method": "message", "result": "improved", "note": "微信沟通"])
                let unknown = try await counselor.json(.POST, "/api/v1/watches/\(id)/follow-ups", ["method": "telepathy", "result": "stable"])
                let noReason = try await counselor.json(.POST, "/api/v1/watches/\(id)/close", [:])
                let closed = try await counselor.json(.POST, "/api/v1/watches/\(id)/close", ["reason": "resolved"])
                let late = try await counselor.json(.POST, "/api/v1/watches/\(id)/follow-ups", ["method": "call", "result": "stable"])
                let closedList = try WatchWorld.decode(PageDTO<WatchDTO>.self, try await counselor.json(.GET, "/api/v1/watches?status=closed"))
                // validate
                #expect(opened.status == .created && second.status == .conflict)
                #expect(f1.status == .created && f2.status == .created && unknown.status == .unprocessableEntity)
                let noReasonError = try JSONDecoder().decode(APIError.self, from: Data(buffer: noReason.body))
                #expect(noReason.status == .unprocessableEntity && noReasonError.field == "reason")
                #expect(closed.status == .ok && late.status == .conflict)
                let detail = try WatchWorld.decode(WatchDetailDTO.self, closed)
                #expect(detail.watch.status == .closed && detail.watch.closingReason == .resolved && detail.watch.daysUnderWatch == 3)
                #expect(detail.followUps.map(\.method) == [.call, .message] && detail.watch.followUpCount == 2)
                #expect(closedList.items.first?.id.uuidString == id)
            }
        }
    }
}
