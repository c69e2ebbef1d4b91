import FluentKit
import SQLKit

/// One row per student and day (the school's time zone). A resubmission replaces the answers in place and
/// moves the previous ones to `daily_report_revisions`. Written in groups by the report writer.
struct CreateDailyReports: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("daily_reports")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("day", .string, .required)
            .field("class_id", .uuid)
            .field("dorm_id", .uuid)
            .field("grid_path", .string)
            .field("form_version", .int, .required)
            .field("answers", .string, .required)
            .field("abnormal", .bool, .required)
            .field("late", .bool, .required)
            .field("off_campus", .bool, .required)
            .field("revision", .int, .required)
            .field("idempotency_key", .string)
            .field("address", .string)
            .field("submitted_at", .datetime, .required)
            .unique(on: "person_id", "day")
            .create()
        try await (database as! any SQLDatabase).create(index: "daily_reports_day_grid")
            .on("daily_reports").column("day").column("grid_path").run()
        // Enrolment per class (the expected count) without touching the people rows.
        try await (database as! any SQLDatabase).create(index: "people_enrolment")
            .on("people").column("school_id").column("kind").column("class_id").run()
        try await database.schema("daily_report_revisions")
            .id()
            .field("report_id", .uuid, .required)
            .field("person_id", .uuid, .required)
            .field("day", .string, .required)
            .field("revision", .int, .required)
            .field("form_version", .int, .required)
            .field("answers", .string, .required)
            .field("abnormal", .bool, .required)
            .field("late", .bool, .required)
            .field("idempotency_key", .string)
            .field("address", .string)
            .field("submitted_at", .datetime, .required)
            .create()
        try await (database as! any SQLDatabase).create(index: "daily_report_revisions_person_day")
            .on("daily_report_revisions").column("person_id").column("day").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "people_enrolment").run()
        try await database.schema("daily_report_revisions").delete()
        try await database.schema("daily_reports").delete()
    }
}
