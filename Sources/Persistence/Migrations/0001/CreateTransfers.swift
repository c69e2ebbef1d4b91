import FluentKit
import SQLKit

struct CreateTransfers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("transfers")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("from_organization_id", .uuid, .references("organizations", "id"))
            .field("to_organization_id", .uuid, .required, .references("organizations", "id"))
            .field("date", .string, .required)
            .field("reason", .string, .required)
            .field("recorded_by", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await (database as! any SQLDatabase).create(index: "transfers_person").on("transfers").column("person_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("transfers").delete()
    }
}
