import FluentKit
import SQLKit

/// Sessions ended or accounts changed, for the other app servers: each keeps resolved sessions in memory
/// and polls this table every few seconds, so a logout takes effect everywhere within seconds.
struct CreateSessionRevocations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("session_revocations")
            .id()
            .field("account_id", .uuid, .required)
            .field("token_hash", .string)
            .field("revoked_at", .datetime, .required)
            .create()
        try await (database as! any SQLDatabase).create(index: "session_revocations_at")
            .on("session_revocations").column("revoked_at").run()
    }

    func revert(on database: any Database) async throws { try await database.schema("session_revocations").delete() }
}
