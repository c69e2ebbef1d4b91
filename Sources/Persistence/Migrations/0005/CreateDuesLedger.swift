import FluentKit
import SQLKit

/// 党费收缴、使用和下拨台账 of each organisation: append-only lines with their approvals and documents.
struct CreateDuesLedger: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("dues_ledger_entries")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("organization_path", .string, .required)
            .field("year", .int, .required)
            .field("kind", .string, .required)
            .field("amount", .int64, .required)
            .field("occurred_on", .string, .required)
            .field("counterparty", .string)
            .field("purpose", .string, .required)
            .field("approval_reference", .string)
            .field("documents", .string, .required)
            .field("recorded_by", .string, .required)
            .field("recorded_at", .datetime, .required)
            .field("submission_key", .string, .required)
            .unique(on: "recorded_by", "submission_key")
            .create()
        try await (database as! any SQLDatabase).create(index: "dues_ledger_organization").on("dues_ledger_entries")
            .column("organization_id").column("year").run()
    }

    func revert(on database: any Database) async throws { try await database.schema("dues_ledger_entries").delete() }
}
