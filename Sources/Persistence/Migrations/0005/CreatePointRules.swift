import FluentKit

/// 积分规则: one rule per school and event, edited by the organisation department.
struct CreatePointRules: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("point_rules")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("event", .string, .required)
            .field("name", .string, .required)
            .field("points", .int, .required)
            .field("unit", .string, .required)
            .field("daily_cap", .int)
            .field("monthly_cap", .int)
            .field("needs_approval", .bool, .required)
            .field("enabled", .bool, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "school_id", "event")
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema("point_rules").delete() }
}
