import FluentKit
import SQLKit

/// When a branch was founded and dissolved: the 工作欠账 board owes nothing outside its lifespan.
struct AddOrganizationLifespan: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        try await sql.alter(table: "organizations").column("founded_on", type: .text).run()
        try await sql.alter(table: "organizations").column("dissolved_on", type: .text).run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.alter(table: "organizations").dropColumn("dissolved_on").run()
        try await sql.alter(table: "organizations").dropColumn("founded_on").run()
    }
}
