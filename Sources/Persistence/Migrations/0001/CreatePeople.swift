import FluentKit
import SQLKit

struct CreatePeople: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("people")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("number", .string, .required)
            .field("name", .string, .required)
            .field("gender", .string)
            .field("kind", .string, .required)
            .field("political_status", .string, .required)
            .field("ethnicity", .string)
            .field("birth_date", .string)
            .field("id_number_cipher", .data)
            .field("id_number_hash", .string)
            .field("id_number_masked", .string)
            .field("phone_cipher", .data)
            .field("phone_hash", .string)
            .field("phone_masked", .string)
            .field("organization_id", .uuid, .references("organizations", "id"))
            .field("organization_path", .string)
            .field("class_id", .uuid, .references("grid_units", "id"))
            .field("grid_path", .string)
            .field("dorm_id", .uuid, .references("grid_units", "id"))
            .field("application_date", .string)
            .field("activist_date", .string)
            .field("candidate_date", .string)
            .field("probationary_date", .string)
            .field("full_date", .string)
            .field("committee_role", .string)
            .field("is_dual_leader", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "school_id", "number")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "people_organization_path").on("people").column("organization_path").run()
        try await sql.create(index: "people_grid_path").on("people").column("grid_path").run()
        try await sql.create(index: "people_school_name").on("people").column("school_id").column("name").run()
        try await sql.create(index: "people_id_number_hash").on("people").column("id_number_hash").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("people").delete()
    }
}
