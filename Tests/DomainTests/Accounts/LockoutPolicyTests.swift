@testable import Domain
import Foundation
import Testing

extension RuleTests {
    @Suite struct LockoutPolicyTests {
        let policy = LockoutPolicy()
        let t0 = RuleFixture.t0

        /// Fails `count` times, ten seconds apart from `start`; returns the state and the last failure's time.
        func fail(_ count: Int, from state: LockoutPolicy.State, at start: Date) -> (LockoutPolicy.State, Date) {
            var state = state, now = start
            for index in 0..<count {
                now = start + Double(index * 10)
                state = policy.afterFailure(state, now: now)
            }
            return (state, now)
        }

        @Test func afterFailure_fourFailures_notLocked() {
            // MUT
            let (state, last) = fail(4, from: .init(failures: 0, lockedUntil: nil), at: t0)
            // validate
            #expect(state == .init(failures: 4, lockedUntil: nil))
            #expect(!state.isLocked(at: last))
        }

        @Test func afterFailure_fifthFailure_locksForExactlyFifteenMinutes() {
            // MUT
            let (state, fifth) = fail(5, from: .init(failures: 0, lockedUntil: nil), at: t0)
            // validate
            #expect(fifth == t0 + 40)
            #expect(state.lockedUntil == fifth + 15 * 60)
            #expect(state.isLocked(at: fifth))
            #expect(state.isLocked(at: fifth + 15 * 60 - 0.001))
            #expect(!state.isLocked(at: fifth + 15 * 60))
        }

        @Test func afterFailure_whileLocked_staysLocked() {
            // setup
            let (locked, fifth) = fail(5, from: .init(failures: 0, lockedUntil: nil), at: t0)
            // MUT
            let state = policy.afterFailure(locked, now: fifth + 60)
            // validate
            #expect(state.lockedUntil == fifth + 15 * 60)
            #expect(state.isLocked(at: fifth + 60))
        }

        @Test func afterFailure_afterLockExpired_countsFromOne() {
            // setup
            let (locked, fifth) = fail(5, from: .init(failures: 0, lockedUntil: nil), at: t0)
            let expiry = fifth + 15 * 60
            // MUT
            let state = policy.afterFailure(locked, now: expiry)
            // validate
            #expect(state == .init(failures: 1, lockedUntil: nil))
            let (again, _) = fail(3, from: state, at: expiry + 10)
            #expect(again == .init(failures: 4, lockedUntil: nil))
        }
    }
}
