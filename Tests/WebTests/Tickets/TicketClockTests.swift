import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// 限时办结 end to end: transfer keeps the deadline, waiting for information moves it by the working days that
    /// passed, and the escalation job raises overdue tickets to the leader and then the supervisor, once.
    @Suite struct TicketClockTests {
        @Test func transfer_keepsTheClock_requestInfo_pausesIt() async throws {
            let clock = ManualClock(TicketWorld.wednesday)
            try await withApp(clock: clock, demoMode: true) { app in
                // setup
                let student = try Browser(app), responder = try Browser(app), supervisor = try Browser(app)
                _ = try await student.apiLogin("student1"); _ = try await responder.apiLogin("responder1")
                _ = try await supervisor.apiLogin("supervisor1")
                let other = try await TicketWorld.otherCategory(app)
                let raised = try await student.raiseTicket(try await TicketWorld.category(app), title: "转办与暂停")
                let id = raised.ticket.id
                // MUT: transfer on Thursday, ask for information on Friday, answer comes the next Tuesday
                clock.advance(by: 86_400)
                for (browser, login) in [(student, "student1"), (responder, "responder1"), (supervisor, "supervisor1")] {
                    _ = try await browser.apiLogin(login)
                }
                let transferred = try await responder.act(id, ["type": "transfer", "departmentId": other.departmentID.rawValue.uuidString,
                                                               "categoryId": other.id.rawValue.uuidString, "text": "属财务处职责"])
                let afterTransfer = try await supervisor.ticket(id)
                let lost = try await responder.json(.GET, "/api/v1/tickets/\(id.uuidString)")
                clock.advance(by: 86_400)
                _ = try await supervisor.apiLogin("supervisor1")
                try await supervisor.act(id, ["type": "request-info", "text": "请提供学号和缴费凭证"])
                clock.advance(by: 4 * 86_400)
                _ = try await student.apiLogin("student1"); _ = try await supervisor.apiLogin("supervisor1")
                let provided = try await student.act(id, ["type": "provide-info", "text": "学号和凭证见附件"])
                let resumed = try await supervisor.ticket(id)
                // validate
                #expect(transferred.status == .ok, "answered with the ticket as the transfer left it")
                #expect(try TicketWorld.decode(TicketDetailDTO.self, transferred).ticket.departmentId == other.departmentID.rawValue)
                #expect(afterTransfer.ticket.dueOn == raised.ticket.dueOn)
                #expect(afterTransfer.ticket.departmentId == other.departmentID.rawValue && afterTransfer.ticket.status == .submitted)
                #expect(lost.status == .notFound, "the first department no longer holds it")
                #expect(provided.status == .ok)
                // Paused Fri 2026-11-20, resumed Tue 2026-11-24: Mon and Tue were working days, so two are added.
                let calendar = WorkCalendar.standard(around: 2026)
                #expect(resumed.ticket.pausedDays == 2)
                #expect(resumed.ticket.dueOn == calendar.adding(workingDays: 2, to: LocalDate(iso: raised.ticket.dueOn)!).iso)
                #expect(resumed.events.map(\.kind) == [.submitted, .transferred, .infoRequested, .infoProvided])
            }
        }

        @Test func escalationJob_warnsThenLeaderThenSupervisor_once() async throws {
            let clock = ManualClock(TicketWorld.wednesday)
            try await withApp(clock: clock, demoMode: true) { app in
                // setup
                let student = try Browser(app), responder = try Browser(app)
                _ = try await student.apiLogin("student1"); _ = try await responder.apiLogin("responder1")
                let raised = try await student.raiseTicket(try await TicketWorld.category(app), title: "无人处理的诉求")
                try await responder.act(raised.ticket.id, ["type": "accept"])
                let id = Ticket.ID(raised.ticket.id)
                let ticket = try await app.stores.tickets.find(id, scope: .system)
                func notices(_ login: String) async throws -> [Notice] {
                    let actor = Actor(accountID: .init(UUID()), login: login, displayName: login, personID: TestWorld.person(of: login).id,
                                      schoolID: TicketWorld.school, roles: [], scope: .nothing)
                    return try await app.stores.notices.mine(actor).filter { $0.title.contains(ticket.reference) && !$0.title.hasPrefix("新诉求") }
                }
                // MUT
                func level(at now: Date) async throws -> (Escalation, [String: Int]) {
                    _ = try await app.stores.tickets.escalate(now: now)
                    let level = try await app.stores.tickets.find(id, scope: .system).escalation
                    var counts: [String: Int] = [:]
                    for login in ["responder1", "leader1", "supervisor1"] { counts[login] = try await notices(login).count }
                    return (level, counts)
                }
                let early = try await level(at: ticket.clock.warnAt.addingTimeInterval(-1))
                let warned = try await level(at: ticket.clock.warnAt)
                let overdue = try await level(at: ticket.clock.dueAt)
                let again = try await level(at: ticket.clock.dueAt.addingTimeInterval(60))
                let supervised = try await level(at: ticket.clock.superviseAt)
                clock.advance(by: ticket.clock.superviseAt.timeIntervalSince(TicketWorld.wednesday))
                _ = try await responder.apiLogin("responder1")
                let list = try await responder.json(.GET, "/api/v1/tickets?escalated=true&overdue=true&q=无人处理的诉求").body.string
                // validate
                #expect(early.0 == .none && early.1 == ["responder1": 0, "leader1": 0, "supervisor1": 0])
                #expect(warned.0 == .warned && warned.1 == ["responder1": 1, "leader1": 0, "supervisor1": 0])
                #expect(overdue.0 == .leader && overdue.1 == ["responder1": 1, "leader1": 1, "supervisor1": 0])
                #expect(again.0 == .leader && again.1 == overdue.1, "a second run changes nothing")
                #expect(supervised.0 == .supervisor && supervised.1 == ["responder1": 1, "leader1": 1, "supervisor1": 1])
                let final = try await app.stores.tickets.find(id, scope: .system)
                #expect(final.escalation == .supervisor)
                #expect(list.contains(raised.ticket.id.uuidString) && list.contains("\"escalation\":\"supervisor\""))
            }
        }

        @Test func autoConfirm_afterTheConfirmationPeriod() async throws {
            let clock = ManualClock(TicketWorld.wednesday)
            try await withApp(clock: clock, demoMode: true) { app in
                // setup
                let student = try Browser(app), responder = try Browser(app)
                _ = try await student.apiLogin("student1"); _ = try await responder.apiLogin("responder1")
                let raised = try await student.raiseTicket(try await TicketWorld.category(app), title: "答复后无人确认")
                try await responder.act(raised.ticket.id, ["type": "answer", "text": "已处理。"])
                // MUT
                let early = try await app.stores.tickets.escalate(now: TicketWorld.wednesday.addingTimeInterval(7 * 86_400 - 60))
                let stillAnswered = try await student.ticket(raised.ticket.id).ticket.status
                let after = try await app.stores.tickets.escalate(now: TicketWorld.wednesday.addingTimeInterval(7 * 86_400 + 60))
                // validate
                let ticket = try await student.ticket(raised.ticket.id)
                #expect(stillAnswered == .answered, "not before the period: \(early)")
                #expect(after.autoConfirmed >= 1)
                #expect(ticket.ticket.status == .confirmed && ticket.ticket.autoConfirmed)
                #expect(ticket.actions.contains("rate"), "an auto-confirmed ticket can still be rated")
            }
        }
    }
}
