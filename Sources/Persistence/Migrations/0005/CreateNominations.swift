import FluentKit

/// 推优选先: a shortlist drawn from a frozen year, and the committee's final choice. The shortlist and the choice
/// are JSON text: they are read and written whole, never queried by part.
struct CreateNominations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("nominations")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("year", .int, .required)
            .field("title", .string, .required)
            .field("subject", .string, .required)
            .field("criterion", .string, .required)
            .field("criterion_value", .int, .required)
            .field("shortlist", .string, .required)
            .field("chosen", .string, .required)
            .field("reason", .string)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .field("decided_by", .string)
            .field("decided_at", .datetime)
            .field("submission_key", .string)
            .unique(on: "created_by", "submission_key")
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema("nominations").delete() }
}
