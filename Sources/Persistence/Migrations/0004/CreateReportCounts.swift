import FluentKit

/// Per day and class, the sums the summary pages read: kept in the same transaction as every report
/// the writer commits, and recomputable from the reports (`DailyReportStore.rebuildCounts`).
struct CreateReportCounts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("daily_report_counts")
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("day", .string, .required)
            .field("class_id", .uuid, .required)
            .field("reported", .int, .required)
            .field("late", .int, .required)
            .field("abnormal", .int, .required)
            .unique(on: "day", "class_id")
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema("daily_report_counts").delete() }
}
