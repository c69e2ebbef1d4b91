import FluentKit

/// A school's own settings as JSON documents by key (e.g. its meeting rules), read through domain types.
struct CreateSchoolSettings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("school_settings")
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("key", .string, .required)
            .field("value", .string, .required)
            .field("updated_by", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "school_id", "key")
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema("school_settings").delete() }
}
