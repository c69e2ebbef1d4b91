import FluentKit
import Foundation
import SQLKit
import Testing

/// The same migrations build the same schema on SQLite and PostgreSQL, and revert cleanly.
@Suite struct MigrationTests {
    static let expectedTables: Set<String> = [
        "schools", "organizations", "grid_units", "people", "posts", "transfers", "accounts", "role_assignments",
        "sessions", "audit_heads", "audit_events", "imports",
        "meetings", "meeting_organizations", "meeting_attendance", "meeting_attachments", "school_settings", "notices",
        "sent_reminders", "jobs", "outbox", "robot_webhooks",
    ]

    @Test func migrations_createEveryTable_andRevertToNothing() async throws {
        try await TestDatabases.with { db in
            // MUT
            try await db.migrate()
            // validate
            let tables = try await tableNames(db.sql)
            #expect(Self.expectedTables.isSubset(of: tables), "missing: \(Self.expectedTables.subtracting(tables))")
            let columns = try await columnNames("people", db.sql)
            #expect(columns.isSuperset(of: ["id_number_cipher", "id_number_hash", "id_number_masked", "organization_path", "grid_path"]))
            try await db.revertAll()
            #expect(try await tableNames(db.sql).intersection(Self.expectedTables).isEmpty)
        }
    }

    private func tableNames(_ sql: any SQLDatabase) async throws -> Set<String> {
        struct Row: Decodable { var name: String }
        let query = sql.dialect.name == "sqlite"
            ? "SELECT name FROM sqlite_master WHERE type = 'table'"
            : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'"
        return Set(try await sql.raw(SQLQueryString(query)).all(decoding: Row.self).map(\.name))
    }

    private func columnNames(_ table: String, _ sql: any SQLDatabase) async throws -> Set<String> {
        struct Row: Decodable { var name: String }
        let query = sql.dialect.name == "sqlite"
            ? "SELECT name FROM pragma_table_info('\(table)')"
            : "SELECT column_name AS name FROM information_schema.columns WHERE table_name = '\(table)'"
        return Set(try await sql.raw(SQLQueryString(query)).all(decoding: Row.self).map(\.name))
    }
}
