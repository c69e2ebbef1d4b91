import FluentKit
import SQLKit

struct CreateOrganizations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("organizations")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("parent_id", .uuid, .references("organizations", "id"))
            .field("kind", .string, .required)
            .field("category", .string)
            .field("name", .string, .required)
            .field("path", .string, .required)
            .field("grid_unit_id", .uuid)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "path")
            .create()
        try await (database as! any SQLDatabase).create(index: "organizations_school_path")
            .on("organizations").column("school_id").column("path").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("organizations").delete()
    }
}
