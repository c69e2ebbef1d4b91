import FluentKit

struct CreateSchools: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("schools")
            .id()
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("time_zone", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("schools").delete()
    }
}
