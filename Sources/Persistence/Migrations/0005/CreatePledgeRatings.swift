import FluentKit

/// The masses' scores of a pledge's fulfilment: one row per person and pledge, changed in place.
struct CreatePledgeRatings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("pledge_ratings")
            .id()
            .field("pledge_id", .uuid, .required, .references("pledges", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("score", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "pledge_id", "person_id")
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema("pledge_ratings").delete() }
}
