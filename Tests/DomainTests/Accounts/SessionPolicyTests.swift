@testable import Domain
import Foundation
import Testing

extension RuleTests {
    @Suite struct SessionPolicyTests {
        let policy = SessionPolicy()
        let login = RuleFixture.t0

        @Test func isExpired_idleJustUnderThirtyMinutes_alive() {
            // setup
            let lastSeen = login + 3_600
            // MUT / validate
            #expect(!policy.isExpired(createdAt: login, lastSeenAt: lastSeen, now: lastSeen + 29 * 60 + 59))
        }

        @Test func isExpired_idleThirtyMinutes_expired() {
            let lastSeen = login + 3_600
            #expect(policy.isExpired(createdAt: login, lastSeenAt: lastSeen, now: lastSeen + 30 * 60))
        }

        @Test func isExpired_twelveHoursAfterLogin_expiredDespiteActivity() {
            // setup
            let twelveHours: TimeInterval = 12 * 3_600
            let lastSeen = login + twelveHours - 60
            // validate
            #expect(!policy.isExpired(createdAt: login, lastSeenAt: lastSeen, now: login + twelveHours - 1))
            #expect(policy.isExpired(createdAt: login, lastSeenAt: lastSeen, now: login + twelveHours))
        }

        @Test func isExpired_drivenByManualClock() {
            // setup
            let clock = ManualClock(login)
            let session = (createdAt: clock.clock.now(), lastSeenAt: clock.clock.now())
            // MUT
            clock.advance(by: 29 * 60 + 59)
            let alive = !policy.isExpired(createdAt: session.createdAt, lastSeenAt: session.lastSeenAt, now: clock.clock.now())
            clock.advance(by: 1)
            let expired = policy.isExpired(createdAt: session.createdAt, lastSeenAt: session.lastSeenAt, now: clock.clock.now())
            // validate
            #expect(alive && expired)
            #expect(clock.clock.now() == login + 30 * 60)
        }
    }
}
