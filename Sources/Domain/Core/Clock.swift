import Foundation

/// Every "now" comes from here, so that deadlines, lockouts and sessions can be tested.
public struct Clock: Sendable {
    public var now: @Sendable () -> Date
    public init(now: @escaping @Sendable () -> Date) { self.now = now }
    public static let live = Clock(now: { Date() })
}

/// A clock that tests move by hand.
public final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    public init(_ start: Date) { current = start }
    public var clock: Clock { Clock(now: { [self] in lock.withLock { current } }) }
    public func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }
}
