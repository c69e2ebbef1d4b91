import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// The daily report form editor: each action saves the next version on top of the one the page showed, a stale
    /// page is refused, only the school-wide organisation admin edits, and a refusal keeps what was typed.
    @Suite struct ReportFormEditorTests {
        static var school: School.ID { TestWorld.first.school.id }
        static func clock() -> ManualClock { ManualClock(MeetingWorld.instant("2026-11-19T08:00")) }

        @Test func addQuestion_savesVersion2_whichTheAPIShowsStudents() async throws {
            try await withApp(clock: Self.clock(), demoMode: true) { app in
                // setup
                let org = try Browser(app)
                _ = try await org.login("org")
                let before = try await org.get("/settings/reports")
                // MUT
                let added = try await org.post("/settings/reports/questions", form: [
                    "basedOn": "1", "id": "vaccinated", "labelZh": "是否已接种疫苗", "labelEn": "Vaccinated", "kind": "yes_no",
                    "required": "true", "abnormal": "no"])
                let page = try await org.get("/settings/reports")
                let student = try Browser(app)
                _ = try await student.apiLogin("student1")
                let api = try await student.json(.GET, "/api/v1/report-forms/current")
                // validate
                #expect(before.status == .ok && before.body.string.contains("data-question=\"health\""))
                #expect(added.status == .seeOther && added.headers.first(name: .location) == "/settings/reports")
                #expect(page.body.string.contains("data-question=\"vaccinated\"") && page.body.string.contains("data-version=\"2\""))
                #expect(api.status == .ok)
                let form = try MeetingWorld.decoder().decode(ReportFormDTO.self, from: Data(buffer: api.body))
                #expect(form.version == 2 && form.questions.last?.id == "vaccinated" && form.questions.last?.abnormalAnswer == false)
                let stored = try await app.stores.reportForms.current(of: Self.school)
                #expect(stored.question("vaccinated")?.abnormalWhen == .answer(false))
                let events = try await app.stores.auditTrail.list(.init(action: .reportFormChanged), page: ListRequest(size: 50), scope: .system).items
                #expect(events.contains { $0.actorLogin == "org" && $0.detail.hasPrefix("version 2") })
            }
        }

        @Test func retireMoveAndRestore_eachSaveTheNextVersion() async throws {
            try await withApp(clock: Self.clock(), demoMode: true) { app in
                // setup
                let org = try Browser(app)
                _ = try await org.login("org")
                // MUT
                let retired = try await org.post("/settings/reports/questions/temperature/retire", form: ["basedOn": "1", "retired": "true"])
                let moved = try await org.post("/settings/reports/questions/location/move", form: ["basedOn": "2", "direction": "up"])
                let atTop = try await org.post("/settings/reports/questions/location/move", form: ["basedOn": "3", "direction": "up"])
                let restored = try await org.post("/settings/reports/questions/temperature/retire", form: ["basedOn": "3", "retired": "false"])
                let edited = try await org.post("/settings/reports/questions/health", form: [
                    "basedOn": "4", "labelZh": "身体状况", "labelEn": "Health", "required": "true", "healthData": "true",
                    "options": "well=健康|Well\nfever=发热|Fever\ncough=咳嗽|Cough\nother=其他|Other", "abnormal": "options",
                    "abnormalOptions": "fever, cough"])
                // validate
                for answer in [retired, moved, atTop, restored, edited] { #expect(answer.status == .seeOther) }
                let forms = app.stores.reportForms
                #expect(try await forms.version(2, of: Self.school)?.question("temperature")?.isRetired == true)
                #expect(try await forms.version(3, of: Self.school)?.questions.first?.id == "location")
                let current = try await forms.current(of: Self.school)
                #expect(current.version == 5, "a move at the top saves nothing")
                #expect(current.question("temperature")?.isRetired == false)
                #expect(current.question("health")?.labelZh == "身体状况" && current.question("health")?.abnormalWhen == .options(["fever", "cough"]))
                #expect(current.question("health")?.kind == .choice && current.question("health")?.isHealthData == true)
            }
        }

        @Test func staleBasedOn_isRefusedWithTheConflictMessage() async throws {
            try await withApp(clock: Self.clock(), demoMode: true) { app in
                // setup: two admins opened version 1; the first saves
                let org = try Browser(app)
                _ = try await org.login("org")
                _ = try await org.post("/settings/reports/questions/note/retire", form: ["basedOn": "1", "retired": "true"])
                // MUT
                let page = try await org.post("/settings/reports/questions", form: [
                    "basedOn": "1", "id": "dorm_check", "labelZh": "是否在宿舍", "labelEn": "In the dorm", "kind": "yes_no"])
                let client = try Browser(app)
                _ = try await client.apiLogin("org")
                let api = try await client.json(.PUT, "/api/v1/report-forms/current", [
                    "basedOn": 1, "questions": ReportForm.standard.questions.map { Self.json($0) }])
                // validate
                #expect(page.status == .conflict)
                #expect(page.body.string.contains("表单已被他人修改，请刷新后再编辑"))
                #expect(page.body.string.contains("value=\"dorm_check\""), "what was typed is kept")
                #expect(page.body.string.contains("name=\"basedOn\" value=\"2\""), "the page now shows the newer version")
                #expect(api.status == .conflict)
                #expect(try await app.stores.reportForms.current(of: Self.school).version == 2)
            }
        }

        @Test func counselorAndCollegeAdmin_areRefused() async throws {
            try await withApp(clock: Self.clock(), demoMode: true) { app in
                for (login, refusal) in [("counselor1", HTTPResponseStatus.forbidden), ("college1", .notFound)] {
                    // setup
                    let browser = try Browser(app)
                    _ = try await browser.login(login)
                    // MUT + validate
                    #expect(try await browser.get("/settings/reports").status == refusal, "\(login)")
                    #expect(try await browser.post("/settings/reports/questions/note/retire", form: ["basedOn": "1"]).status == refusal)
                    let csrf: HTTPHeaders = ["X-CSRF-Token": try await browser.csrfToken()]
                    #expect(try await browser.json(.PUT, "/api/v1/report-forms/current", ["basedOn": 1, "questions": []], headers: csrf).status == refusal)
                    #expect(try await browser.json(.GET, "/api/v1/report-forms/current").status == .ok, "the grid's staff read the form")
                }
                #expect(try await app.stores.reportForms.current(of: Self.school).version == 1)
            }
        }

        @Test func badInput_isRefused_andWhatWasTypedKept() async throws {
            try await withApp(clock: Self.clock(), demoMode: true) { app in
                // setup
                let org = try Browser(app)
                _ = try await org.login("org")
                let base = ["basedOn": "1", "id": "transport", "labelZh": "返校交通方式", "labelEn": "Transport", "kind": "choice"]
                // MUT
                let oneOption = try await org.post("/settings/reports/questions", form: base.merging(["options": "train=火车|Train"]) { $1 })
                let badLine = try await org.post("/settings/reports/questions?lang=en", form: base.merging(["options": "坏行\nbus=汽车|Bus"]) { $1 })
                let badRule = try await org.post("/settings/reports/questions?lang=zh-Hans", form: base.merging([
                    "options": "train=火车|Train\nbus=汽车|Bus", "abnormal": "options", "abnormalOptions": "plane"]) { $1 })
                let retireAll = try await org.post("/settings/reports/questions/health/retire", form: ["basedOn": "1", "retired": "true"])
                // validate
                #expect(oneOption.status == .unprocessableEntity && oneOption.body.string.contains("选择题至少需要两个选项"))
                #expect(oneOption.body.string.contains("value=\"返校交通方式\"") && oneOption.body.string.contains("train=火车|Train"))
                #expect(badLine.status == .unprocessableEntity && badLine.body.string.contains("Write each option as id=中文标签|English"))
                #expect(badLine.body.string.contains("坏行"))
                #expect(badRule.status == .unprocessableEntity && badRule.body.string.contains("异常规则与问题类型不符"), "\(Self.summary(badRule.body.string))")
                #expect(retireAll.status == .seeOther, "other questions are still asked")
                #expect(try await app.stores.reportForms.current(of: Self.school).question("transport") == nil)
            }
        }

        @Test func api_revisesTheWholeForm() async throws {
            try await withApp(clock: Self.clock(), demoMode: true) { app in
                // setup
                let org = try Browser(app)
                _ = try await org.apiLogin("org")
                let extra: [String: Any] = ["id": "mood", "labelZh": "心情", "labelEn": "Mood", "kind": "number", "required": false,
                                            "healthData": false, "minimum": 1, "maximum": 5]
                // MUT
                let answer = try await org.json(.PUT, "/api/v1/report-forms/current", [
                    "basedOn": 1, "questions": ReportForm.standard.questions.map { Self.json($0) } + [extra]])
                let deleting = try await org.json(.PUT, "/api/v1/report-forms/current", ["basedOn": 2, "questions": [extra]])
                // validate
                #expect(answer.status == .ok)
                let form = try MeetingWorld.decoder().decode(ReportFormDTO.self, from: Data(buffer: answer.body))
                #expect(form.version == 2 && form.questions.count == ReportForm.standard.questions.count + 1)
                #expect(try await app.stores.reportForms.current(of: Self.school).question("mood")?.maximum == 5)
                #expect(deleting.status == .unprocessableEntity && (deleting.body.string.contains("不能删除") || deleting.body.string.contains("cannot be deleted")))
            }
        }

        static func summary(_ html: String) -> String {
            html.range(of: "error summary").map { String(html[$0.lowerBound...].prefix(300)) } ?? "no summary"
        }

        /// A question as the API's JSON, through the DTO the server reads.
        static func json(_ q: ReportQuestion) -> Any {
            let data = try! JSONEncoder().encode(ReportQuestionDTO(q))
            return try! JSONSerialization.jsonObject(with: data)
        }
    }
}
