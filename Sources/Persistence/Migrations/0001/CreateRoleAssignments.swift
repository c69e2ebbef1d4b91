import FluentKit
import SQLKit

struct CreateRoleAssignments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("role_assignments")
            .id()
            .field("account_id", .uuid, .required, .references("accounts", "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("school_id", .uuid, .references("schools", "id"))
            .field("organization_id", .uuid, .references("organizations", "id"))
            .field("grid_unit_id", .uuid, .references("grid_units", "id"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await (database as! any SQLDatabase).create(index: "role_assignments_account")
            .on("role_assignments").column("account_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("role_assignments").delete()
    }
}
