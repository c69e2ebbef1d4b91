import FluentKit
import SQLKit

struct CreateGridUnits: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("grid_units")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("parent_id", .uuid, .references("grid_units", "id"))
            .field("kind", .string, .required)
            .field("name", .string, .required)
            .field("path", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "path")
            .create()
        try await (database as! any SQLDatabase).create(index: "grid_units_school_path")
            .on("grid_units").column("school_id").column("path").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("grid_units").delete()
    }
}
