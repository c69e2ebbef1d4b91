import FluentKit
import SQLKit

/// A student's separate consent to the processing of health answers: one row per grant, closed when revoked.
struct CreateHealthConsents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("health_consents")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("text_version", .string, .required)
            .field("granted_at", .datetime, .required)
            .field("revoked_at", .datetime)
            .create()
        try await (database as! any SQLDatabase).create(index: "health_consents_person")
            .on("health_consents").column("person_id").run()
    }

    func revert(on database: any Database) async throws { try await database.schema("health_consents").delete() }
}
