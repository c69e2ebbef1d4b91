import FluentKit
import SQLKit

/// 少交/免交: applications with the branch's discussion and the committee's approval. Months are `YYYY-MM` text.
struct CreateDuesReductions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("dues_reductions")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("organization_path", .string)
            .field("kind", .string, .required)
            .field("amount", .int64)
            .field("from_month", .string, .required)
            .field("to_month", .string, .required)
            .field("reason", .string, .required)
            .field("status", .string, .required)
            .field("applied_by", .string, .required)
            .field("applied_at", .datetime, .required)
            .field("discussed_on", .string)
            .field("discussion_note", .string)
            .field("discussed_by", .string)
            .field("approved_by", .string)
            .field("approved_at", .datetime)
            .field("approval_reference", .string)
            .field("updated_at", .datetime, .required)
            .create()
        try await (database as! any SQLDatabase).create(index: "dues_reductions_person").on("dues_reductions").column("person_id").run()
    }

    func revert(on database: any Database) async throws { try await database.schema("dues_reductions").delete() }
}
