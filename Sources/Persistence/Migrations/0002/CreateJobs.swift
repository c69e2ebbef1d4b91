import FluentKit

/// Scheduled jobs, one row each: when it runs next and who holds it now. The lease lives in the
/// database so that one run happens however many app servers there are.
struct CreateJobs: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("jobs")
            .field("name", .string, .identifier(auto: false))
            .field("next_run_at", .datetime, .required)
            .field("lease_owner", .string)
            .field("lease_until", .datetime)
            .field("last_started_at", .datetime)
            .field("last_finished_at", .datetime)
            .field("last_error", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("jobs").delete()
    }
}
