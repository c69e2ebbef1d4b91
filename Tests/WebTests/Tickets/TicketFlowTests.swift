import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// The whole flow through real HTTP: a student raises, the department's responder accepts and answers,
    /// the student confirms and rates — each step by the one party allowed to take it.
    @Suite struct TicketFlowTests {
        @Test func raise_accept_answer_rate_throughTheAPI() async throws {
            try await withApp(clock: ManualClock(TicketWorld.wednesday), demoMode: true) { app in
                // setup
                let student = try Browser(app), responder = try Browser(app)
                _ = try await student.apiLogin("student1"); _ = try await responder.apiLogin("responder1")
                let category = try await TicketWorld.category(app)
                // MUT
                let raised = try await student.raiseTicket(category, title: "宿舍热水时有时无")
                let id = raised.ticket.id
                let accepted = try await responder.act(id, ["type": "accept"])
                let studentAnswers = try await student.act(id, ["type": "answer", "text": "自问自答"])
                let answered = try await responder.act(id, ["type": "answer", "text": "已联系后勤，周五前修复。"])
                let responderRates = try await responder.act(id, ["type": "rate", "score": 5])
                let rated = try await student.act(id, ["type": "rate", "score": 4, "comment": "很及时"])
                let again = try await student.act(id, ["type": "rate", "score": 1])
                // validate
                #expect(raised.ticket.status == .submitted && raised.ticket.mine)
                let deadlines = TicketDeadlines(calendar: .standard(around: 2026), timeZone: TimeZone(identifier: "Asia/Shanghai")!)
                #expect(raised.ticket.dueOn == deadlines.clock(submittedAt: TicketWorld.wednesday, limit: category.timeLimitDays).dueOn.iso)
                #expect(accepted.status == .ok)
                #expect(studentAnswers.status == .forbidden)
                #expect(answered.status == .ok)
                #expect(responderRates.status == .forbidden)
                #expect(rated.status == .ok)
                #expect(again.status == .conflict)
                let final = try await student.ticket(id)
                #expect(final.ticket.status == .confirmed && final.ticket.rating == 4 && final.ticket.answeredOnTime == true)
                #expect(final.events.map(\.kind) == [.submitted, .accepted, .answered, .rated])
                #expect(final.actions == ["reopen"], "rated once: only a reopen within the period is left, not \(final.actions)")
                let audit = try await app.stores.auditTrail.list(.init(action: .ticketUpdated), page: ListRequest(size: 50), scope: .system)
                #expect(audit.items.filter { $0.target == "ticket:\(id.uuidString)" }.count == 3)
            }
        }

        @Test func raise_onAPhoneForm_thenResponderAnswersOnThePage() async throws {
            try await withApp(clock: ManualClock(TicketWorld.wednesday), demoMode: true) { app in
                // setup
                let student = try Browser(app), responder = try Browser(app)
                _ = try await student.login("student1"); _ = try await responder.login("responder1")
                let category = try await TicketWorld.category(app)
                let form = try await student.get("/tickets/new")
                // MUT
                let created = try await student.upload("/tickets", fields: [
                    "categoryId": category.id.rawValue.uuidString, "title": "图书馆座位预约系统打不开", "body": "早上八点后一直转圈。",
                    "channel": "web", "publishable": "true", "submission": UUID().uuidString,
                ], files: [("photos[]", "screen.png", MeetingWorld.png, "image/png")])
                let location = created.headers.first(name: .location) ?? ""
                let page = try await responder.get(location)
                let answered = try await responder.post(location + "/events", form: ["type": "answer", "text": "系统已恢复。"])
                let studentPage = try await student.get(location)
                // validate
                #expect(form.status == .ok && form.body.string.contains(category.name))
                #expect(created.status == .seeOther && location.hasPrefix("/tickets/"))
                #expect(page.status == .ok && page.body.string.contains("图书馆座位预约系统打不开"))
                #expect(page.body.string.contains("/photos/"))
                #expect(answered.status == .seeOther)
                #expect(studentPage.body.string.contains("系统已恢复。"))
                #expect(studentPage.body.string.contains("name=\"score\""))
            }
        }

        @Test func raise_badInput_keepsWhatWasTyped_andStoresNothing() async throws {
            try await withApp(clock: ManualClock(TicketWorld.wednesday), demoMode: true) { app in
                // setup
                let student = try Browser(app), api = try Browser(app)
                _ = try await student.login("student1"); _ = try await api.apiLogin("student1")
                let category = try await TicketWorld.category(app)
                let before = try await app.stores.tickets.all(.init(), actor: .system, now: TicketWorld.wednesday).count
                // MUT
                let page = try await student.upload("/tickets", fields: [
                    "categoryId": category.id.rawValue.uuidString, "title": "", "body": "只写了内容没有标题", "channel": "web",
                    "submission": UUID().uuidString,
                ], files: [])
                let noCategory = try await api.json(.POST, "/api/v1/tickets", ["title": "无类别", "body": "x"])
                let wrongPhoto = try await api.json(.POST, "/api/v1/tickets", [
                    "categoryId": category.id.rawValue.uuidString, "title": "附件", "body": "x",
                    "photos": [["fileName": "a.pdf", "data": Data("%PDF-1.4".utf8).base64EncodedString()]],
                ])
                // validate
                #expect(page.status == .unprocessableEntity)
                #expect(page.body.string.contains("只写了内容没有标题") && page.body.string.contains("请用一句话概括问题"))
                #expect(noCategory.status == .badRequest || noCategory.status == .unprocessableEntity)
                #expect(wrongPhoto.status == .unprocessableEntity)
                #expect(try TicketWorld.decode(APIError.self, wrongPhoto).field == "photos")
                #expect(try await app.stores.tickets.all(.init(), actor: .system, now: TicketWorld.wednesday).count == before)
            }
        }

        @Test func merge_followsTheAnswer_andReopenWorksOnce() async throws {
            try await withApp(clock: ManualClock(TicketWorld.wednesday), demoMode: true) { app in
                // setup
                let student = try Browser(app), member = try Browser(app), responder = try Browser(app)
                _ = try await student.apiLogin("student1"); _ = try await member.apiLogin("member1"); _ = try await responder.apiLogin("responder1")
                let category = try await TicketWorld.category(app)
                let original = try await student.raiseTicket(category, title: "自习室空调不制冷")
                let duplicate = try await member.raiseTicket(category, title: "自习室空调坏了")
                // MUT
                let merged = try await responder.act(duplicate.ticket.id, ["type": "merge", "intoNumber": original.ticket.number])
                let mergeAgain = try await responder.act(duplicate.ticket.id, ["type": "answer", "text": "已合并的不能再答复"])
                try await responder.act(original.ticket.id, ["type": "answer", "text": "已报修，明天上午维修。"])
                let followerPage = try await member.get("/tickets/\(duplicate.ticket.id.uuidString)").body.string
                let reopened = try await student.act(original.ticket.id, ["type": "reopen", "text": "仍然不制冷"])
                try await responder.act(original.ticket.id, ["type": "answer", "text": "已更换压缩机。"])
                let reopenTwice = try await student.act(original.ticket.id, ["type": "reopen", "text": "还是不行"])
                // validate
                #expect(merged.status == .ok)
                #expect(try await member.ticket(duplicate.ticket.id).ticket.status == .merged)
                #expect(mergeAgain.status == .conflict)
                #expect(followerPage.contains("已报修，明天上午维修。") && followerPage.contains("已合并到 #\(original.ticket.number)"))
                #expect(reopened.status == .ok)
                #expect(reopenTwice.status == .conflict)
                let final = try await student.ticket(original.ticket.id)
                #expect(final.ticket.reopenCount == 1 && final.ticket.answer == "已更换压缩机。")
                // The daily sums kept on every change equal those recomputed from the tickets.
                let supervisor = Actor(accountID: .init(UUID()), login: "s", displayName: "s", personID: nil, schoolID: TicketWorld.school,
                                       roles: [.supervisor], scope: Scope(schools: .only([TicketWorld.school]), grants: [.allTickets]))
                let year = (from: LocalDate(year: 2025, month: 1, day: 1)!, to: LocalDate(year: 2026, month: 12, day: 31)!)
                let running = try await app.stores.tickets.statistics(from: year.from, to: year.to, now: TicketWorld.wednesday, actor: supervisor)
                try await app.stores.tickets.rebuildTallies(school: TicketWorld.school)
                let rebuilt = try await app.stores.tickets.statistics(from: year.from, to: year.to, now: TicketWorld.wednesday, actor: supervisor)
                #expect(Set(running.map { "\($0)" }) == Set(rebuilt.map { "\($0)" }))
                #expect(running.contains { $0.departmentID == category.departmentID && $0.received > 0 })
            }
        }
    }
}
