import Domain
import Foundation
import NIOConcurrencyHelpers
import Persistence
import Vapor

/// Resolved sessions kept in memory, so that a request authenticates without a database round trip (at the
/// morning peak of daily reports that round trip would halve the throughput). An entry is trusted for 75–100% of
/// `freshness`, spread so that the sessions of one wave of logins are not all checked again in the same minute,
/// then checked again against the database (so the 30-minute idle timeout holds to within that). A logout
/// or an account change on this server forgets the entry at once; other servers read the revocations table
/// every `pollInterval` (SessionRevocationPoller), so there it takes effect within seconds.
final class SessionCache: Sendable {
    static let freshness: TimeInterval = 300
    static let capacity = 200_000

    private struct Entry { var signedIn: SignedIn; var checkedAt: Date; var trustedFor: TimeInterval }
    private let entries = NIOLockedValueBox<[String: Entry]>([:])

    func signedIn(tokenHash: String, now: Date) -> SignedIn? {
        entries.withLockedValue { entries in
            guard let entry = entries[tokenHash] else { return nil }
            let age = now.timeIntervalSince(entry.checkedAt)
            guard age >= 0, age < entry.trustedFor else { entries[tokenHash] = nil; return nil }
            return entry.signedIn
        }
    }

    func remember(_ signedIn: SignedIn, tokenHash: String, now: Date) {
        entries.withLockedValue { entries in
            // Bounded memory: a flood of distinct tokens empties the cache rather than growing it.
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[tokenHash] = Entry(signedIn: signedIn, checkedAt: now, trustedFor: Self.freshness * .random(in: 0.75...1))
        }
    }

    func forget(tokenHash: String) { _ = entries.withLockedValue { $0.removeValue(forKey: tokenHash) } }

    func forget(account: Actor.AccountID) {
        entries.withLockedValue { entries in entries = entries.filter { $0.value.signedIn.actor.accountID != account } }
    }

    func apply(_ revocations: [SessionStore.Revocation]) {
        guard !revocations.isEmpty else { return }
        let tokens = Set(revocations.compactMap(\.token_hash))
        let accounts = Set(revocations.filter { $0.token_hash == nil }.map(\.account_id))
        entries.withLockedValue { entries in
            entries = entries.filter { key, entry in !tokens.contains(key) && !accounts.contains(entry.signedIn.actor.accountID.rawValue) }
        }
    }

    var count: Int { entries.withLockedValue { $0.count } }
}

extension Application {
    private struct SessionCacheKey: StorageKey { typealias Value = SessionCache }
    private struct SessionTouchesKey: StorageKey { typealias Value = SessionTouches }

    /// The sessions met again, written every poll round (set up by `configure`).
    var sessionTouches: SessionTouches {
        get { storage[SessionTouchesKey.self]! }
        set { storage[SessionTouchesKey.self] = newValue }
    }

    var sessionCache: SessionCache {
        if let cache = storage[SessionCacheKey.self] { return cache }
        let cache = SessionCache()
        storage[SessionCacheKey.self] = cache
        return cache
    }
}

extension Request {
    /// An account's roles or password changed: this server resolves its sessions again at once, the others
    /// within a poll interval.
    func accountChanged(_ account: Actor.AccountID) async throws {
        application.sessionCache.forget(account: account)
        try await stores.sessions.accountChanged(account)
    }
}
