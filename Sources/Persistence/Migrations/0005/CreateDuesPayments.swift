import FluentKit
import SQLKit

/// 党费交纳记录: one row per member and month (unique), with the branch's path when recorded (for scope) and the
/// form token or Idempotency-Key that stored it, shared by the rows of one recording.
struct CreateDuesPayments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("dues_payments")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("organization_id", .uuid, .references("organizations", "id"))
            .field("organization_path", .string)
            .field("month", .string, .required)
            .field("amount", .int64, .required)
            .field("actual_pay", .int64)
            .field("method", .string, .required)
            .field("paid_at", .datetime, .required)
            .field("recorded_by", .string, .required)
            .field("recorded_at", .datetime, .required)
            .field("note", .string)
            .field("submission_key", .string, .required)
            .unique(on: "person_id", "month")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "dues_payments_key").on("dues_payments").column("recorded_by").column("submission_key").run()
        try await sql.create(index: "dues_payments_path").on("dues_payments").column("organization_path").column("month").run()
    }

    func revert(on database: any Database) async throws { try await database.schema("dues_payments").delete() }
}
