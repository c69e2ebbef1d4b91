import FluentKit
import SQLKit

struct CreateMeetings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("meetings")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("kind", .string, .required)
            .field("status", .string, .required)
            .field("host_organization_id", .uuid, .required, .references("organizations", "id"))
            .field("host_path", .string, .required)
            .field("starts_at", .datetime, .required)
            .field("ends_at", .datetime)
            .field("local_date", .string, .required)
            .field("place", .string, .required)
            .field("is_online", .bool, .required)
            .field("topic", .string, .required)
            .field("lecturer", .string)
            .field("agenda", .string, .required)
            .field("minutes", .string, .required)
            // JSON arrays: the checklist the school required when the meeting was recorded, and what was done.
            .field("required_elements", .string, .required)
            .field("elements_done", .string, .required)
            .field("is_complete", .bool, .required)
            .field("sign_in_code", .string)
            .field("sign_in_code_expires_at", .datetime)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "meetings_school_date").on("meetings").column("school_id").column("local_date").run()
        try await sql.create(index: "meetings_host_path").on("meetings").column("host_path").run()
        try await sql.create(index: "meetings_sign_in_code").on("meetings").column("sign_in_code").run()
    }

    func revert(on database: any Database) async throws { try await database.schema("meetings").delete() }
}

/// The organisations taking part in a meeting (a joint meeting has several), with what the board needs
/// copied in, so that the board reads one table.
struct CreateMeetingOrganizations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("meeting_organizations")
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("organization_path", .string, .required)
            .field("school_id", .uuid, .required)
            .field("kind", .string, .required)
            .field("status", .string, .required)
            .field("local_date", .string, .required)
            .field("missing_elements", .string, .required)
            .unique(on: "meeting_id", "organization_id")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "meeting_organizations_board").on("meeting_organizations")
            .column("school_id").column("local_date").column("organization_id").run()
        try await sql.create(index: "meeting_organizations_org").on("meeting_organizations")
            .column("organization_id").column("local_date").run()
    }

    func revert(on database: any Database) async throws { try await database.schema("meeting_organizations").delete() }
}

struct CreateMeetingAttendance: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("meeting_attendance")
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("status", .string, .required)
            .field("reason", .string)
            .field("signed_in_at", .datetime)
            .field("local_date", .string, .required)
            .field("recorded_by", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "meeting_id", "person_id")
            .create()
        try await (database as! any SQLDatabase).create(index: "meeting_attendance_person")
            .on("meeting_attendance").column("person_id").column("local_date").run()
    }

    func revert(on database: any Database) async throws { try await database.schema("meeting_attendance").delete() }
}

/// Photos and PDFs of a meeting, in the database so that every app server sees them and backups hold them.
struct CreateMeetingAttachments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("meeting_attachments")
            .id()
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("file_name", .string, .required)
            .field("content_type", .string, .required)
            .field("size", .int, .required)
            .field("content", .data, .required)
            .field("uploaded_by", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await (database as! any SQLDatabase).create(index: "meeting_attachments_meeting")
            .on("meeting_attachments").column("meeting_id").run()
    }

    func revert(on database: any Database) async throws { try await database.schema("meeting_attachments").delete() }
}
