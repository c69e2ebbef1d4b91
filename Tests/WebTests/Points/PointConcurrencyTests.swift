import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// Twenty claims for one member at once: the balance equals the sum of the acknowledged entries and the caps
    /// hold, on SQLite's single writer and under PostgreSQL's row lock alike.
    @Suite struct PointConcurrencyTests {
        @Test func concurrentClaims_balanceIsTheSumAndCapsHold() async throws {
            try await withApp(clock: ManualClock(PointWorld.now), demoMode: true) { app in
                // setup: 1 point per 30 study minutes, at most 10 a day
                try await PointWorld.setRule(app, .studyMinutes, points: 1, unit: .thirtyMinutes, daily: 10, monthly: 60)
                let member = try Browser(app)
                _ = try await member.apiLogin("member1")
                let before = try await member.ledger()
                // MUT
                let answers = try await withThrowingTaskGroup(of: LiveServer.Answer.self) { group in
                    for _ in 0..<20 { group.addTask { try await member.claimPoints(.studyMinutes, quantity: 90) } }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
                // validate
                let acknowledged = try answers.filter { $0.status == .created }.map { try PointWorld.decode(PointEntryDTO.self, $0) }
                let refused = answers.filter { $0.status == .conflict }
                #expect(acknowledged.count + refused.count == 20, "\(answers.map(\.status))")
                let sum = acknowledged.reduce(0) { $0 + $1.points }
                let ledger = try await member.ledger()
                #expect(ledger.balance - before.balance == sum)
                #expect(sum == 10, "the daily cap is reached exactly, never passed")
                #expect(ledger.entries.total - before.entries.total == acknowledged.count)
                #expect(refused.allSatisfy { $0.body.string.contains("每日上限") })
            }
        }
    }
}
