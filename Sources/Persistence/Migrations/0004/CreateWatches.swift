import FluentKit
import SQLKit

/// The watch list (重点人群随访): a student put under watch by an abnormal report, the follow-ups logged by
/// their counsellor, and the reason the watch was closed.
struct CreateWatches: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("watches")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("grid_path", .string)
            .field("opened_day", .string, .required)
            .field("report_id", .uuid)
            .field("reason", .string, .required)
            .field("status", .string, .required)
            .field("closed_at", .datetime)
            .field("closed_by", .string)
            .field("closed_reason", .string)
            .field("created_at", .datetime, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "watches_grid_status").on("watches").column("grid_path").column("status").run()
        try await sql.create(index: "watches_person_status").on("watches").column("person_id").column("status").run()
        try await database.schema("watch_follow_ups")
            .id()
            .field("watch_id", .uuid, .required, .references("watches", "id"))
            .field("method", .string, .required)
            .field("result", .string, .required)
            .field("note", .string)
            .field("happened_at", .datetime, .required)
            .field("recorded_by", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await sql.create(index: "watch_follow_ups_watch").on("watch_follow_ups").column("watch_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("watch_follow_ups").delete()
        try await database.schema("watches").delete()
    }
}
