import Domain
import FluentKit
import Foundation
import SQLKit

/// Ended sessions and changed accounts, for the servers' in-memory session caches: each server forgets its
/// own copy at once and reads the others' every few seconds.
extension SessionStore {
    public struct Revocation: Sendable, Decodable {
        public var account_id: UUID
        /// One session's token hash, or nil for every session of the account (roles or password changed).
        public var token_hash: String?
    }

    static func revoke(account: UUID, tokenHash: String?, at now: Date, on database: any Database) async throws {
        try await (database as! any SQLDatabase).insert(into: "session_revocations")
            .columns("id", "account_id", "token_hash", "revoked_at")
            .values(SQLBind(UUID()), SQLBind(account), SQLBind(tokenHash), SQLBind(now)).run()
    }

    /// Tells every server's cache that an account's sessions must be resolved again (its roles changed).
    public func accountChanged(_ account: Actor.AccountID) async throws {
        try await database.writing { tx in try await Self.revoke(account: account.rawValue, tokenHash: nil, at: clock.now(), on: tx) }
    }

    /// Revocations since an instant, and old ones purged (a day is far longer than any poll interval).
    public func revocations(since: Date) async throws -> [Revocation] {
        let sql = database as! any SQLDatabase
        return try await sql.select().columns("account_id", "token_hash").from("session_revocations")
            .where("revoked_at", .greaterThanOrEqual, SQLBind(since)).all(decoding: Revocation.self)
    }

    public func purgeRevocations(before: Date) async throws {
        try await database.writing { tx in
            try await (tx as! any SQLDatabase).delete(from: "session_revocations").where("revoked_at", .lessThan, SQLBind(before)).run()
        }
    }

    public static func tokenHash(_ token: String) -> String { hash(token) }
}
