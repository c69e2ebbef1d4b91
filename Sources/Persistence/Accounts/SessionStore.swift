import Crypto
import Domain
import FluentKit
import Foundation

/// Sessions in the database: the browser holds a random token, the table only its SHA-256.
public struct SessionStore: Sendable {
    let database: any Database
    let clock: Clock

    public struct Session: Sendable, Equatable {
        public var id: UUID
        public var accountID: Actor.AccountID
        public var csrfToken: String
    }

    public enum Kind: String, Sendable { case cookie, bearer }

    /// Starts a session and returns the token to hand to the client (never stored as is).
    public func start(for account: Actor.AccountID, kind: Kind) async throws -> (token: String, session: Session) {
        let token = randomToken(), csrf = randomToken()
        let record = SessionRecord()
        record.id = UUID(); record.tokenHash = SessionStore.hash(token); record.accountID = account.rawValue
        record.csrfToken = csrf; record.kind = kind.rawValue
        let now = clock.now()
        record.lastSeenAt = now; record.createdAt = now
        try await database.writing { tx in try await record.create(on: tx) }
        return (token, Session(id: record.id!, accountID: account, csrfToken: csrf))
    }

    /// The live session for a token, touched (or, given `touches`, noted to be touched with the next round's
    /// others); an expired one is deleted and answers nil.
    public func resume(_ token: String, touches: SessionTouches? = nil) async throws -> Session? {
        guard let record = try await SessionRecord.query(on: database).filter(\.$tokenHash == SessionStore.hash(token)).first()
        else { return nil }
        let now = clock.now()
        if SessionPolicy().isExpired(createdAt: record.createdAt ?? .distantPast, lastSeenAt: record.lastSeenAt, now: now) {
            try await database.writing { tx in try await record.delete(on: tx) }
            return nil
        }
        // Touch at most every 30 s so that reading pages stays cheap.
        if now.timeIntervalSince(record.lastSeenAt) > 30 {
            if let touches {
                touches.note(record.id!)
            } else {
                record.lastSeenAt = now
                try await database.writing { tx in try await record.update(on: tx) }
            }
        }
        return Session(id: record.id!, accountID: .init(record.accountID), csrfToken: record.csrfToken)
    }

    public func end(_ id: UUID) async throws {
        let now = clock.now()
        try await database.writing { tx in
            guard let record = try await SessionRecord.find(id, on: tx) else { return }
            try await record.delete(on: tx)
            try await Self.revoke(account: record.accountID, tokenHash: record.tokenHash, at: now, on: tx)
        }
    }

    public func endAll(for account: Actor.AccountID) async throws {
        let now = clock.now()
        try await database.writing { tx in
            try await SessionRecord.query(on: tx).filter(\.$accountID == account.rawValue).delete()
            try await Self.revoke(account: account.rawValue, tokenHash: nil, at: now, on: tx)
        }
    }

    static func hash(_ token: String) -> String { SHA256.hash(data: Data(token.utf8)).hex }
}
