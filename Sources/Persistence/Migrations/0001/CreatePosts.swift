import FluentKit
import SQLKit

struct CreatePosts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("posts")
            .id()
            .field("person_id", .uuid, .required, .references("people", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("since", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await (database as! any SQLDatabase).create(index: "posts_person").on("posts").column("person_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("posts").delete()
    }
}
