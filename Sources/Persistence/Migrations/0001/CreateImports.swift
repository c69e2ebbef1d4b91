import FluentKit

/// A roster import in progress or done, with its per-row report, so the browser can follow it.
struct CreateImports: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("imports")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("account_id", .uuid, .required, .references("accounts", "id"))
            .field("file_name", .string, .required)
            .field("kind", .string, .required)
            .field("status", .string, .required)
            .field("total_rows", .int, .required)
            .field("processed_rows", .int, .required)
            .field("created_count", .int, .required)
            .field("skipped_count", .int, .required)
            .field("error_count", .int, .required)
            .field("report", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("imports").delete()
    }
}
