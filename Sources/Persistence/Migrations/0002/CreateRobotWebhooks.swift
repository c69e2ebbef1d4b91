import FluentKit
import SQLKit

/// Group robots registered by an organisation. The address carries the robot's token, so it is sealed
/// like personal data; pages show only `url_masked`, and `url_hash` finds a duplicate without opening it.
struct CreateRobotWebhooks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("robot_webhooks")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("kind", .string, .required)
            .field("name", .string, .required)
            .field("url_cipher", .data, .required)
            .field("url_hash", .string, .required)
            .field("secret_cipher", .data)
            .field("url_masked", .string, .required)
            .field("created_by", .uuid)
            .field("created_at", .datetime, .required)
            .unique(on: "organization_id", "url_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("robot_webhooks").delete()
    }
}
