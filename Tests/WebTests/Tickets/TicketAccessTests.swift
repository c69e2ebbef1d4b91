import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// Anonymity and scope: a responder never learns who raised an anonymous ticket, on the page or in the API;
    /// a ticket outside one's reach answers 404 like a missing one.
    @Suite struct TicketAccessTests {
        @Test func anonymousTicket_neverShowsTheRequesterToResponders() async throws {
            try await withApp(clock: ManualClock(TicketWorld.wednesday), demoMode: true) { app in
                // setup
                let student = try Browser(app), responder = try Browser(app), leader = try Browser(app)
                _ = try await student.apiLogin("student1"); _ = try await responder.login("responder1")
                _ = try await leader.apiLogin("leader1")
                let me = TestWorld.person(of: "student1")
                let raised = try await student.raiseTicket(try await TicketWorld.category(app), title: "辅导员处理问题不公", anonymous: true)
                let id = raised.ticket.id.uuidString
                // MUT
                let page = try await responder.get("/tickets/\(id)").body.string
                let list = try await responder.get("/tickets?q=辅导员处理问题不公").body.string
                let api = try await leader.json(.GET, "/api/v1/tickets/\(id)").body.string
                let apiList = try await leader.json(.GET, "/api/v1/tickets?q=辅导员处理问题不公").body.string
                let own = try await student.ticket(raised.ticket.id)
                // validate
                for text in [page, list, api, apiList] {
                    #expect(text.contains("辅导员处理问题不公"))
                    #expect(!text.contains(me.name) && !text.contains(me.number) && !text.contains(me.id.rawValue.uuidString))
                }
                #expect(page.contains("匿名"))
                #expect(own.ticket.requesterName == me.name && own.ticket.mine)
            }
        }

        @Test func outOfScope_answers404_inListsAndById() async throws {
            try await withApp(clock: ManualClock(TicketWorld.wednesday), demoMode: true) { app in
                // setup
                let student = try Browser(app), other = try Browser(app), foreign = try Browser(app), supervisor = try Browser(app)
                _ = try await student.apiLogin("student1"); _ = try await other.apiLogin("member1")
                _ = try await foreign.apiLogin("b-supervisor1"); _ = try await supervisor.apiLogin("supervisor1")
                let elsewhere = try await student.raiseTicket(try await TicketWorld.otherCategory(app), title: "别的部门的问题")
                let id = elsewhere.ticket.id.uuidString
                let responder = try Browser(app)
                _ = try await responder.apiLogin("responder1")
                // MUT
                let byResponder = try await responder.json(.GET, "/api/v1/tickets/\(id)")
                let actByResponder = try await responder.act(elsewhere.ticket.id, ["type": "answer", "text": "越权答复"])
                let byOtherPerson = try await other.json(.GET, "/api/v1/tickets/\(id)")
                let byOtherSchool = try await foreign.json(.GET, "/api/v1/tickets/\(id)")
                let bySupervisor = try await supervisor.json(.GET, "/api/v1/tickets/\(id)")
                let responderList = try await responder.json(.GET, "/api/v1/tickets?q=别的部门的问题").body.string
                // validate
                #expect(byResponder.status == .notFound && actByResponder.status == .notFound)
                #expect(byOtherPerson.status == .notFound && byOtherSchool.status == .notFound)
                #expect(bySupervisor.status == .ok)
                #expect(!responderList.contains(id))
            }
        }

        @Test func publicBoard_showsResolvedPublishableTickets_withoutTheirRequesters() async throws {
            try await withApp(clock: ManualClock(TicketWorld.wednesday), demoMode: true) { app in
                // setup
                let student = try Browser(app), responder = try Browser(app), reader = try Browser(app)
                _ = try await student.apiLogin("student1"); _ = try await responder.apiLogin("responder1")
                _ = try await reader.login("member1")
                let category = try await TicketWorld.category(app)
                let shown = try await student.raiseTicket(category, title: "校园卡补办需要多久", publishable: true)
                let hidden = try await student.raiseTicket(category, title: "不愿公开的私人问题", publishable: false)
                for ticket in [shown, hidden] {
                    try await responder.act(ticket.ticket.id, ["type": "answer", "text": "三个工作日内办好。"])
                    try await student.act(ticket.ticket.id, ["type": "confirm"])
                }
                // MUT
                let board = try await reader.get("/tickets/board?q=校园卡补办").body.string
                let all = try await reader.get("/tickets/board?q=私人问题").body.string
                // validate
                #expect(board.contains("校园卡补办需要多久") && board.contains("三个工作日内办好。"))
                #expect(!board.contains(TestWorld.person(of: "student1").name))
                #expect(!all.contains("不愿公开的私人问题"))
            }
        }
    }
}
