import Foundation
import NIOConcurrencyHelpers
import Persistence
import Vapor

/// Reads the sessions ended and accounts changed on any server every few seconds and makes this server's
/// cache forget them; in the same round writes the last-seen times of the sessions met again since the last
/// (`SessionTouches`). Runs for the application's life.
final class SessionRevocationPoller: LifecycleHandler, Sendable {
    static let pollInterval: Duration = .seconds(2)
    /// Rows are read again for this long after they appear: clocks of servers differ a little.
    static let overlap: TimeInterval = 30
    private let loop = NIOLockedValueBox<Task<Void, Never>?>(nil)

    func didBootAsync(_ application: Application) async throws {
        let cache = application.sessionCache
        let task = Task {
            var rounds = 0
            while !Task.isCancelled {
                let stores = application.stores
                let now = stores.clock.now()
                if let revocations = try? await stores.sessions.revocations(since: now.addingTimeInterval(-Self.overlap)) {
                    cache.apply(revocations)
                }
                try? await application.sessionTouches.write(on: application.db, at: now)
                rounds += 1
                if rounds % 1800 == 0 { try? await stores.sessions.purgeRevocations(before: now.addingTimeInterval(-86_400)) }
                try? await Task.sleep(for: Self.pollInterval)
            }
        }
        loop.withLockedValue { $0 = task }
    }

    func shutdownAsync(_ application: Application) async {
        let task = loop.withLockedValue { task in defer { task = nil }; return task }
        task?.cancel()
        await task?.value
        try? await application.sessionTouches.write(on: application.db, at: application.stores.clock.now())
    }
}
