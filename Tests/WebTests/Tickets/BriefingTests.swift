import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// 工作通报面对面: a briefing is recorded, its questions become tickets on the spot (answered and closed, or
    /// tracked), and the next briefing opens with the previous one's open questions.
    @Suite struct BriefingTests {
        @Test func questions_answeredOnTheSpot_orTracked_andCarriedToTheNextBriefing() async throws {
            try await withApp(clock: ManualClock(TicketWorld.wednesday), demoMode: true) { app in
                // setup
                let supervisor = try Browser(app), student = try Browser(app)
                _ = try await supervisor.login("supervisor1"); _ = try await student.login("student1")
                let category = try await TicketWorld.category(app)
                // MUT
                let created = try await supervisor.post("/briefings", form: [
                    "heldOn": "2026-11-17", "title": "十一月工作通报面对面", "place": "学术报告厅",
                    "report_\(TicketWorld.department.rawValue.uuidString)": "本月完成宿舍热水改造。",
                    "representatives": "王同学|学生\n李老师|教师",
                ])
                let location = created.headers.first(name: .location) ?? ""
                let onSpot = try await supervisor.post(location + "/questions", form: [
                    "categoryId": category.id.rawValue.uuidString, "title": "热水几点供应", "body": "晚上十点后没有热水",
                    "answerOnSpot": "全天供应，已改造完成。", "submission": UUID().uuidString])
                let tracked = try await supervisor.post(location + "/questions", form: [
                    "categoryId": category.id.rawValue.uuidString, "title": "澡堂开放时间能否延长", "body": "考试周希望延长",
                    "answerOnSpot": "", "submission": UUID().uuidString])
                let next = try await supervisor.post("/briefings", form: ["heldOn": "2026-11-18", "title": "下一次通报会", "place": ""])
                let page = try await student.get(location)
                let nextPage = try await student.get(next.headers.first(name: .location) ?? "")
                let reader = try Browser(app)
                let api = try await reader.apiLogin("student1")
                let list = try await reader.json(.GET, "/api/v1/briefings").body.string
                let studentRecords = try await student.post("/briefings", form: ["heldOn": "2026-11-18", "title": "学生不能记录"])
                // validate
                #expect(created.status == .seeOther && onSpot.status == .seeOther && tracked.status == .seeOther && api.status == .created)
                let html = page.body.string
                #expect(html.contains("本月完成宿舍热水改造。") && html.contains("王同学") && html.contains("热水几点供应"))
                #expect(html.contains("全天供应，已改造完成。") && html.contains("现场答复"))
                let carried = nextPage.body.string
                #expect(carried.contains("上次通报会遗留问题") && carried.contains("澡堂开放时间能否延长") && !carried.contains("热水几点供应"))
                #expect(list.contains("十一月工作通报面对面"))
                #expect(studentRecords.status == .forbidden)
                let stored = try await app.stores.tickets.all(.init(text: "热水几点供应"), actor: .system, now: TicketWorld.wednesday)
                #expect(stored.count == 1 && stored[0].status == .confirmed && stored[0].answeredOnSpot && stored[0].channel == .briefing)
            }
        }

        @Test func apiBriefing_badDate_answers422() async throws {
            try await withApp(clock: ManualClock(TicketWorld.wednesday), demoMode: true) { app in
                // setup
                let supervisor = try Browser(app)
                _ = try await supervisor.apiLogin("supervisor1")
                // MUT
                let bad = try await supervisor.json(.POST, "/api/v1/briefings", ["heldOn": "2026-13-01", "title": "x"])
                let good = try await supervisor.json(.POST, "/api/v1/briefings", ["heldOn": "2026-11-10", "title": "API记录的通报会",
                                                                                    "representatives": [["name": "张同学", "kind": "student"]]])
                // validate
                let field = try TicketWorld.decode(APIError.self, bad).field
                #expect(bad.status == .unprocessableEntity && field == "heldOn")
                #expect(good.status == .created && good.body.string.contains("张同学"))
            }
        }
    }
}
