import FluentKit
import SQLKit

/// Tickets (诉求), their history, their photos. The clock's instants are stored so that the escalation job and
/// the lists find due and overdue tickets on an index, without the calendar.
struct CreateTickets: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("tickets")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("number", .int, .required)
            .field("category_id", .uuid, .required, .references("ticket_categories", "id"))
            .field("department_id", .uuid, .required, .references("departments", "id"))
            .field("assignee_person_id", .uuid, .references("people", "id"))
            .field("requester_person_id", .uuid, .required, .references("people", "id"))
            .field("is_anonymous", .bool, .required)
            .field("is_publishable", .bool, .required)
            .field("channel", .string, .required)
            .field("visit_place", .string)
            .field("briefing_id", .uuid)
            .field("title", .string, .required)
            .field("body", .string, .required)
            .field("status", .string, .required)
            .field("submitted_at", .datetime, .required)
            .field("submitted_on", .string, .required)
            .field("time_limit_days", .int, .required)
            .field("due_on", .string, .required)
            .field("due_at", .datetime, .required)
            .field("warn_at", .datetime, .required)
            .field("supervise_at", .datetime, .required)
            .field("paused_at", .datetime)
            .field("paused_days", .int, .required)
            .field("escalation", .int, .required)
            .field("answer", .string)
            .field("answered_at", .datetime)
            .field("answered_by", .uuid)
            // Seconds from submission to answer, kept so that statistics need no dialect's date arithmetic.
            .field("answer_seconds", .int)
            .field("answered_on_spot", .bool, .required)
            .field("confirmed_at", .datetime)
            .field("auto_confirmed", .bool, .required)
            .field("rating", .int)
            .field("rating_comment", .string)
            .field("reopen_count", .int, .required)
            .field("merged_into", .uuid)
            // The requester's one-time form token or API Idempotency-Key: a repeated submission is stored once.
            .field("submission_key", .string, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "school_id", "number")
            .unique(on: "requester_person_id", "submission_key")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "tickets_department").on("tickets").column("department_id").column("status").column("submitted_at").run()
        try await sql.create(index: "tickets_school").on("tickets").column("school_id").column("submitted_at").run()
        // Statistics count a period's open tickets live (the settled ones come from ticket_day_counts): covering.
        try await sql.create(index: "tickets_open").on("tickets").column("school_id").column("status").column("submitted_on")
            .column("department_id").column("due_at").run()
        try await sql.create(index: "tickets_requester").on("tickets").column("requester_person_id").column("submitted_at").run()
        try await sql.create(index: "tickets_clock").on("tickets").column("status").column("warn_at").run()
        try await sql.create(index: "tickets_answered").on("tickets").column("status").column("answered_at").run()
        try await sql.create(index: "tickets_briefing").on("tickets").column("briefing_id").run()

        try await database.schema("ticket_events")
            .id()
            .field("ticket_id", .uuid, .required, .references("tickets", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("at", .datetime, .required)
            .field("actor_person_id", .uuid)
            .field("actor_name", .string, .required)
            .field("note", .string, .required)
            .field("department_id", .uuid)
            .create()
        try await sql.create(index: "ticket_events_ticket").on("ticket_events").column("ticket_id").column("at").run()

        try await database.schema("ticket_photos")
            .id()
            .field("ticket_id", .uuid, .required, .references("tickets", "id", onDelete: .cascade))
            .field("content_type", .string, .required)
            .field("file_name", .string, .required)
            .field("size", .int, .required)
            .field("data", .data, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await sql.create(index: "ticket_photos_ticket").on("ticket_photos").column("ticket_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("ticket_photos").delete()
        try await database.schema("ticket_events").delete()
        try await database.schema("tickets").delete()
    }
}

/// 工作通报面对面 sessions: the departments' reports and the representatives present.
struct CreateBriefings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("briefings")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("held_on", .string, .required)
            .field("title", .string, .required)
            .field("place", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await (database as! any SQLDatabase).create(index: "briefings_school").on("briefings").column("school_id").column("held_on").run()
        try await database.schema("briefing_reports")
            .field("briefing_id", .uuid, .required, .references("briefings", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("department_id", .uuid, .required, .references("departments", "id"))
            .field("summary", .string, .required)
            .unique(on: "briefing_id", "position")
            .create()
        try await database.schema("briefing_representatives")
            .field("briefing_id", .uuid, .required, .references("briefings", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("college_id", .uuid, .references("grid_units", "id"))
            .unique(on: "briefing_id", "position")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("briefing_representatives").delete()
        try await database.schema("briefing_reports").delete()
        try await database.schema("briefings").delete()
    }
}
