import FluentKit
import SQLKit

/// The leave/return ledger (师生流动台账): a student's application to leave campus and its decision,
/// departure and return; staff movements are recorded directly.
struct CreateLeaveApplications: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("leave_applications")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("traveller", .string, .required)
            .field("class_id", .uuid)
            .field("grid_path", .string)
            .field("first_day", .string, .required)
            .field("last_day", .string, .required)
            .field("destination", .string, .required)
            .field("reason", .string, .required)
            .field("status", .string, .required)
            .field("decided_by", .string)
            .field("decided_at", .datetime)
            .field("decision_note", .string)
            .field("left_at", .datetime)
            .field("left_day", .string)
            .field("returned_at", .datetime)
            .field("returned_day", .string)
            .field("submission_key", .string)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "person_id", "submission_key")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "leave_applications_days").on("leave_applications")
            .column("school_id").column("first_day").column("last_day").run()
        try await sql.create(index: "leave_applications_grid").on("leave_applications").column("grid_path").run()
        try await sql.create(index: "leave_applications_person").on("leave_applications").column("person_id").run()
    }

    func revert(on database: any Database) async throws { try await database.schema("leave_applications").delete() }
}
