import FluentKit
import SQLKit

/// 群众监督: comments on pledges. Never deleted; the branch secretary may hide one with a reason.
struct CreatePledgeComments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("pledge_comments")
            .id()
            .field("pledge_id", .uuid, .required, .references("pledges", "id"))
            .field("author_account_id", .uuid, .required, .references("accounts", "id"))
            .field("author_name", .string, .required)
            .field("text", .string, .required)
            .field("submission_key", .string, .required)
            .field("created_at", .datetime, .required)
            .field("hidden_at", .datetime)
            .field("hidden_by", .string)
            .field("hidden_reason", .string)
            .unique(on: "author_account_id", "submission_key")
            .create()
        try await (database as! any SQLDatabase).create(index: "pledge_comments_pledge").on("pledge_comments")
            .column("pledge_id").column("created_at").run()
    }

    func revert(on database: any Database) async throws { try await database.schema("pledge_comments").delete() }
}
