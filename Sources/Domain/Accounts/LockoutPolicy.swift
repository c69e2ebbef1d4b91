import Foundation

/// 5 failed logins lock an account for 15 minutes, counted per account whatever the address.
public struct LockoutPolicy: Sendable {
    public var maximumFailures = 5
    public var lockDuration: TimeInterval = 15 * 60
    public init() {}

    public struct State: Equatable, Sendable {
        public var failures: Int
        public var lockedUntil: Date?
        public init(failures: Int, lockedUntil: Date?) { self.failures = failures; self.lockedUntil = lockedUntil }
        public func isLocked(at now: Date) -> Bool { lockedUntil.map { now < $0 } ?? false }
    }

    /// The state after one more failure; the failure that reaches the maximum sets the lock.
    public func afterFailure(_ state: State, now: Date) -> State {
        let failures = state.lockedUntil.map { $0 <= now } == true ? 1 : state.failures + 1
        if failures >= maximumFailures { return State(failures: 0, lockedUntil: now + lockDuration) }
        return State(failures: failures, lockedUntil: state.lockedUntil.flatMap { $0 > now ? $0 : nil })
    }
}
