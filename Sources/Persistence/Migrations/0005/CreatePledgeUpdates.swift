import FluentKit
import SQLKit

/// The owner's progress and fulfilment reports on a pledge, with their evidence (one item per line).
struct CreatePledgeUpdates: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("pledge_updates")
            .id()
            .field("pledge_id", .uuid, .required, .references("pledges", "id"))
            .field("kind", .string, .required)
            .field("text", .string, .required)
            .field("evidence", .string, .required)
            .field("submission_key", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "pledge_id", "submission_key")
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema("pledge_updates").delete() }
}
