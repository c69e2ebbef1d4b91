import FluentKit

/// 党费基数: a member's dues category and monthly base (分), one row per member and year.
struct CreateDuesProfiles: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("dues_profiles")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("year", .int, .required)
            .field("category", .string, .required)
            .field("monthly_base", .int64, .required)
            .field("set_by", .string, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "person_id", "year")
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema("dues_profiles").delete() }
}
