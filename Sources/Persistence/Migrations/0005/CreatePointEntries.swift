import FluentKit
import SQLKit

/// 积分台账: append-only entries. `(person_id, event, source)` is unique, so an automatic award retried by its
/// write is stored once (manual entries have no source; NULLs never clash); `(proposed_by, submission_key)` makes
/// a replayed proposal store once. `year` and `month` copy the entry's day for the period sums.
struct CreatePointEntries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("point_entries")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("rule_id", .uuid, .references("point_rules", "id"))
            .field("event", .string, .required)
            .field("quantity", .int, .required)
            .field("points", .int, .required)
            .field("requested_points", .int, .required)
            .field("day", .string, .required)
            .field("year", .int, .required)
            .field("month", .int, .required)
            .field("status", .string, .required)
            .field("source", .string)
            .field("evidence", .string, .required)
            .field("proposed_by", .string, .required)
            .field("decided_by", .string)
            .field("decided_at", .datetime)
            .field("note", .string)
            .field("corrects_id", .uuid, .references("point_entries", "id"))
            .field("submission_key", .string)
            .field("created_at", .datetime, .required)
            .unique(on: "person_id", "event", "source")
            .unique(on: "proposed_by", "submission_key")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "point_entries_person_period").on("point_entries")
            .column("person_id").column("year").column("month").run()
        try await sql.create(index: "point_entries_school_period").on("point_entries")
            .column("school_id").column("year").column("month").column("status").run()
        try await sql.create(index: "point_entries_corrects").on("point_entries").column("corrects_id").run()
    }

    func revert(on database: any Database) async throws { try await database.schema("point_entries").delete() }
}
