import FluentKit
import SQLKit

/// 践诺制: members' pledges for a period, with the committee's appraisal. Days are ISO text.
struct CreatePledges: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("pledges")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("organization_path", .string, .required)
            .field("period_code", .string, .required)
            .field("period_label", .string, .required)
            .field("period_start", .string, .required)
            .field("period_end", .string, .required)
            .field("promise", .string, .required)
            .field("due_date", .string, .required)
            // A post may be removed later; the pledge keeps its id and shows no title then.
            .field("post_id", .uuid)
            .field("duty", .string)
            .field("status", .string, .required)
            .field("published_at", .datetime)
            .field("verdict", .string)
            .field("appraisal_remark", .string)
            .field("appraised_by", .string)
            .field("appraised_at", .datetime)
            .field("submission_key", .string, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "person_id", "submission_key")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "pledges_wall").on("pledges").column("school_id").column("status").column("period_code").run()
        try await sql.create(index: "pledges_organization").on("pledges").column("organization_path").run()
        try await sql.create(index: "pledges_person").on("pledges").column("person_id").run()
    }

    func revert(on database: any Database) async throws { try await database.schema("pledges").delete() }
}
