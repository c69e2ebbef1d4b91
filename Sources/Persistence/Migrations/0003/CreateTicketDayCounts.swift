import FluentKit

/// Per department and submission day, the sums the statistics page reads (`TicketTally`), kept in the same
/// transaction as every change to a ticket and recomputable from the tickets (`TicketStore.rebuildTallies`).
struct CreateTicketDayCounts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("ticket_day_counts")
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("department_id", .uuid, .required, .references("departments", "id"))
            .field("day", .string, .required)
            .field("received", .int, .required)
            .field("answered", .int, .required)
            .field("answered_on_spot", .int, .required)
            .field("answered_on_time", .int, .required)
            .field("answered_late", .int, .required)
            .field("rated", .int, .required)
            .field("rating_sum", .int, .required)
            .field("answer_seconds", .int64, .required)
            .unique(on: "school_id", "day", "department_id")
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema("ticket_day_counts").delete() }
}
