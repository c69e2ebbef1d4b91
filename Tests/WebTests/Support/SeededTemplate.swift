import Fluent
import Foundation
import SQLKit
import Vapor
@testable import Web

/// The migrated and seeded two-school world is built once per test process; each test then copies it
/// (a file copy on SQLite, `CREATE DATABASE … TEMPLATE` on PostgreSQL), so no test shares state.
actor SeededTemplate {
    static let shared = SeededTemplate()
    private var building: Task<String, any Error>?

    /// The first caller builds; everyone else awaits the same task (an actor alone would let
    /// every waiting test start its own build while the first one is suspended).
    func name() async throws -> String {
        if let building { return try await building.value }
        let task = Task { try await SeededTemplate.build() }
        building = task
        return try await task.value
    }

    private static func build() async throws -> String {
        TestDatabase.sweepLeftovers()
        let database = try await TestDatabase.make()
        let app = try await Application.make(.testing)
        do {
            try await configure(app, config: testConfig(database.location, database.directory), clock: .live)
            try await app.autoMigrate()
            try await TestWorld.seed(app)
            if let sql = app.db as? any SQLDatabase, sql.dialect.name == "sqlite" {
                try await sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
            }
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
        return TestDatabase.templateName(database.location)
    }
}

func testConfig(_ location: AppConfig.DatabaseLocation, _ directory: String, demoMode: Bool = false) -> AppConfig {
    AppConfig(database: location, dataDirectory: directory, masterKeyBase64: Data(repeating: 7, count: 32).base64EncodedString(),
              demoMode: demoMode, bcryptCost: 4, logLevel: "error")
}
