import FluentKit

/// The versions of a school's daily report form (日报制): each version's questions as a JSON document.
/// A version is never edited once saved; a report keeps the version it was answered in.
struct CreateReportForms: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("report_forms")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("version", .int, .required)
            .field("questions", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "school_id", "version")
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema("report_forms").delete() }
}
