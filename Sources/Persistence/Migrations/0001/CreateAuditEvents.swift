import FluentKit
import SQLKit

/// The audit trail and the head of each chain (one per school, and one for events above schools).
struct CreateAuditEvents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("audit_heads")
            .field("chain", .string, .identifier(auto: false))
            .field("sequence", .int64, .required)
            .field("hash", .string, .required)
            .create()
        try await database.schema("audit_events")
            .id()
            .field("chain", .string, .required)
            .field("sequence", .int64, .required)
            .field("school_id", .uuid)
            .field("at", .datetime, .required)
            .field("actor_login", .string, .required)
            .field("action", .string, .required)
            .field("target", .string, .required)
            .field("result", .string, .required)
            .field("address", .string, .required)
            .field("detail", .string, .required)
            .field("previous_hash", .string, .required)
            .field("hash", .string, .required)
            .unique(on: "chain", "sequence")
            .create()
        try await (database as! any SQLDatabase).create(index: "audit_events_at").on("audit_events").column("at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_events").delete()
        try await database.schema("audit_heads").delete()
    }
}
