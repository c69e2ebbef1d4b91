import Domain
import Foundation
import NIOConcurrencyHelpers
import Persistence
import Vapor

/// Resolved sessions kept in memory, so that a request authenticates without a database round trip (at the
/// morning peak of daily reports that round trip would halve the throughput). An entry is trusted for 75–100% of
/// `freshness`, spread so that the sessions of one wave of logins are not all checked again in the same minute,
/// then checked again against the session table (so the 30-minute idle timeout holds to within that); the account,
/// roles and scope are resolved afresh every `resolvedFor` or when revoked. A logout
/// or an account change on this server forgets the entry at once; other servers read the revocations table
/// every `pollInterval` (SessionRevocationPoller), so there it takes effect within seconds.
final class SessionCache: Sendable {
    static let freshness: TimeInterval = 300
    /// How long a resolved actor (roles, scope) is kept through re-checks. Role changes reach the cache sooner by
    /// the revocations; this bounds what a missed one could keep.
    static let resolvedFor: TimeInterval = 1800
    static let capacity = 200_000

    private struct Entry { var signedIn: SignedIn; var checkedAt: Date; var trustedFor: TimeInterval; var resolvedAt: Date }
    private let entries = NIOLockedValueBox<[String: Entry]>([:])

    /// What the cache knows of a token: trusted as it is, or to be checked again against the session table (one
    /// read: is the session still live; it is noted as seen) while its resolved actor is kept.
    enum Lookup { case trusted(SignedIn), recheck(SignedIn) }

    func lookup(tokenHash: String, now: Date) -> Lookup? {
        entries.withLockedValue { entries in
            guard let entry = entries[tokenHash] else { return nil }
            let age = now.timeIntervalSince(entry.checkedAt), resolvedAge = now.timeIntervalSince(entry.resolvedAt)
            guard age >= 0, resolvedAge < Self.resolvedFor else { entries[tokenHash] = nil; return nil }
            return age < entry.trustedFor ? .trusted(entry.signedIn) : .recheck(entry.signedIn)
        }
    }

    /// A session resolved from the database (its account, roles and scope read afresh).
    func remember(_ signedIn: SignedIn, tokenHash: String, now: Date) {
        entries.withLockedValue { entries in
            // Bounded memory: a flood of distinct tokens empties the cache rather than growing it.
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[tokenHash] = Entry(signedIn: signedIn, checkedAt: now, trustedFor: Self.trustTime, resolvedAt: now)
        }
    }

    /// A re-checked session is still live: trusted again, its actor kept.
    func rechecked(tokenHash: String, now: Date) {
        entries.withLockedValue { entries in
            entries[tokenHash]?.checkedAt = now
            entries[tokenHash]?.trustedFor = Self.trustTime
        }
    }

    /// 75–100% of `freshness`, spread so that one wave of logins is not checked again all in the same minute.
    private static var trustTime: TimeInterval { freshness * .random(in: 0.75...1) }

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
