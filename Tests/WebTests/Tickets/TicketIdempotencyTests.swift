import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// A flaky phone network sends the same submission twice, or at once: one ticket is stored and both
    /// answers name it; the same key with another question is refused.
    @Suite struct TicketIdempotencyTests {
        @Test func sameKey_sameBody_storesOneTicket_evenConcurrently() async throws {
            try await withApp(clock: ManualClock(TicketWorld.wednesday), demoMode: true) { app in
                // setup
                let student = try Browser(app)
                _ = try await student.apiLogin("student1")
                let category = try await TicketWorld.category(app)
                let key = "phone-\(UUID().uuidString)"
                // MUT
                let first = try await student.raiseTicket(category, title: "网络重发的诉求", key: key)
                let answers = try await withThrowingTaskGroup(of: TicketDetailDTO.self) { group in
                    for _ in 0..<5 { group.addTask { try await student.raiseTicket(category, title: "网络重发的诉求", key: key) } }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
                let other = try await student.json(.POST, "/api/v1/tickets", [
                    "categoryId": category.id.rawValue.uuidString, "title": "另一个问题", "body": "x"], headers: ["Idempotency-Key": key])
                // validate
                #expect(answers.allSatisfy { $0.ticket.id == first.ticket.id })
                let stored = try await app.stores.tickets.all(.init(text: "网络重发的诉求"), actor: .system, now: TicketWorld.wednesday)
                #expect(stored.count == 1)
                #expect(other.status == .unprocessableEntity)
                #expect(try TicketWorld.decode(APIError.self, other).field == "Idempotency-Key")
            }
        }

        @Test func formResubmitted_withTheSameToken_storesOneTicket() async throws {
            try await withApp(clock: ManualClock(TicketWorld.wednesday), demoMode: true) { app in
                // setup
                let student = try Browser(app)
                _ = try await student.login("student1")
                let category = try await TicketWorld.category(app)
                let fields = ["categoryId": category.id.rawValue.uuidString, "title": "按了两次提交", "body": "手机卡顿",
                              "channel": "web", "submission": UUID().uuidString]
                // MUT
                let first = try await student.upload("/tickets", fields: fields, files: [])
                let second = try await student.upload("/tickets", fields: fields, files: [])
                // validate
                #expect(first.status == .seeOther && second.status == .seeOther)
                #expect(first.headers.first(name: .location) == second.headers.first(name: .location))
                let stored = try await app.stores.tickets.all(.init(text: "按了两次提交"), actor: .system, now: TicketWorld.wednesday)
                #expect(stored.count == 1)
            }
        }
    }
}
