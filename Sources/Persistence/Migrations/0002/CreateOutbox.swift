import FluentKit
import SQLKit

/// Deliveries to outside services (group robots), written in the transaction of the change that causes
/// them and sent afterwards with retries, so that a failing service never fails the user's request.
struct CreateOutbox: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("outbox")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("kind", .string, .required)
            .field("target_id", .uuid, .required)
            .field("payload", .string, .required)
            .field("status", .string, .required)
            .field("attempts", .int, .required)
            .field("next_attempt_at", .datetime, .required)
            .field("lease_until", .datetime)
            .field("last_error", .string)
            .field("created_at", .datetime, .required)
            .field("delivered_at", .datetime)
            .create()
        try await (database as! any SQLDatabase).create(index: "outbox_due").on("outbox")
            .column("status").column("next_attempt_at").run()
        try await (database as! any SQLDatabase).create(index: "outbox_target").on("outbox")
            .column("kind").column("target_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("outbox").delete()
    }
}
