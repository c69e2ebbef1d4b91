import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// A flaky phone network sends the same application twice, or at once: one row is stored and every answer
    /// names it; the same key with other days is refused; a second application for the same days is a conflict.
    @Suite struct LeaveIdempotencyTests {
        @Test func sameKey_storesOneApplication_evenConcurrently() async throws {
            try await withApp(clock: ManualClock(LeaveWorld.now), demoMode: true) { app in
                // setup
                let student = try Browser(app)
                _ = try await student.apiLogin("student1")
                let key = "phone-\(UUID().uuidString)"
                // MUT
                let first = try await student.appliedLeave(key: key)
                let answers = try await withThrowingTaskGroup(of: LeaveDetailDTO.self) { group in
                    for _ in 0..<5 { group.addTask { try await student.appliedLeave(key: key) } }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
                let other = try await student.applyForLeave(first: 5, last: 6, key: key)
                // validate
                #expect(answers.count == 5 && answers.allSatisfy { $0.leave.id == first.leave.id })
                let me = TestWorld.person(of: "student1")
                let stored = try await app.stores.leaves.all(.init(), actor: .system).filter { $0.personID == me.id }
                #expect(stored.count == 1)
                #expect(other.status == .unprocessableEntity)
                #expect(try LeaveWorld.decode(APIError.self, other).field == "Idempotency-Key")
            }
        }

        @Test func formResubmitted_withTheSameToken_storesOne() async throws {
            try await withApp(clock: ManualClock(LeaveWorld.now), demoMode: true) { app in
                // setup
                let student = try Browser(app)
                _ = try await student.login("student1")
                let form = ["firstDay": LeaveWorld.day(1), "lastDay": LeaveWorld.day(2), "destination": "南京",
                            "reason": "按了两次", "submission": UUID().uuidString]
                // MUT
                let first = try await student.post("/leaves", form: form)
                let second = try await student.post("/leaves", form: form)
                var fresh = form; fresh["submission"] = UUID().uuidString
                let overlapping = try await student.post("/leaves", form: fresh)
                // validate
                #expect(first.status == .seeOther && second.status == .seeOther)
                #expect(first.headers.first(name: .location) == second.headers.first(name: .location))
                #expect(overlapping.status == .conflict && overlapping.body.string.contains("这些日期已有离校申请"))
            }
        }
    }
}
