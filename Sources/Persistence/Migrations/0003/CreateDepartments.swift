import FluentKit
import SQLKit

/// 职能部门 and the categories of tickets each answers, with their time limits; role assignments may now
/// name a department (its responders and leaders).
struct CreateDepartments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("departments")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("name", .string, .required)
            .field("is_active", .bool, .required)
            .field("created_at", .datetime)
            .unique(on: "school_id", "name")
            .create()
        try await database.schema("ticket_categories")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("name", .string, .required)
            .field("department_id", .uuid, .required, .references("departments", "id"))
            .field("time_limit_days", .int, .required)
            .field("is_active", .bool, .required)
            .field("created_at", .datetime)
            .unique(on: "school_id", "name")
            .create()
        // No foreign key: SQLite cannot add a constrained column to an existing table. Revoking follows deletion.
        try await database.schema("role_assignments").field("department_id", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("role_assignments").deleteField("department_id").update()
        try await database.schema("ticket_categories").delete()
        try await database.schema("departments").delete()
    }
}

/// A school's own calendar entries (holidays, 调休 working days, cancelled official days) on top of the
/// official arrangements shipped with the code; and per-school counters (ticket numbers).
struct CreateCalendarDays: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("calendar_days")
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("day", .string, .required)
            .field("kind", .string, .required)
            .field("name", .string, .required)
            .field("updated_by", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "school_id", "day")
            .create()
        try await database.schema("counters")
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("name", .string, .required)
            .field("value", .int, .required)
            .unique(on: "school_id", "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("counters").delete()
        try await database.schema("calendar_days").delete()
    }
}
