import FluentKit
import SQLKit

/// In-app notices to one person (reminders for now), and the keys of reminders already sent,
/// so that a job that runs twice notifies once.
struct CreateNotices: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("notices")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("title", .string, .required)
            .field("body", .string, .required)
            .field("link", .string)
            .field("created_at", .datetime, .required)
            .field("read_at", .datetime)
            .create()
        try await (database as! any SQLDatabase).create(index: "notices_person").on("notices")
            .column("person_id").column("created_at").run()
        try await database.schema("sent_reminders")
            .field("key", .string, .identifier(auto: false))
            .field("sent_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("sent_reminders").delete()
        try await database.schema("notices").delete()
    }
}
