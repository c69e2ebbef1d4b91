import Foundation

/// Sessions end after 30 minutes without a request and 12 hours after login, whichever comes first.
public struct SessionPolicy: Sendable {
    public var idleTimeout: TimeInterval = 30 * 60
    public var absoluteTimeout: TimeInterval = 12 * 60 * 60
    public init() {}

    public func isExpired(createdAt: Date, lastSeenAt: Date, now: Date) -> Bool {
        now >= lastSeenAt + idleTimeout || now >= createdAt + absoluteTimeout
    }
}
