import FluentKit

/// 年度积分档案: a frozen year per school, and each member's counted points in it as frozen.
struct CreatePointArchives: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("point_archives")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("year", .int, .required)
            .field("frozen_at", .datetime, .required)
            .field("frozen_by", .string, .required)
            .unique(on: "school_id", "year")
            .create()
        try await database.schema("point_archive_totals")
            .field("archive_id", .uuid, .required, .references("point_archives", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("name", .string, .required)
            .field("organization_id", .uuid)
            .field("organization_path", .string)
            .field("points", .int, .required)
            .unique(on: "archive_id", "person_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("point_archive_totals").delete()
        try await database.schema("point_archives").delete()
    }
}
