import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix
import Persistence
import SQLKit

/// A real database for one test, without the web layer: a new SQLite file, or a new database on the
/// PostgreSQL server named by ZHIBU_TEST_DATABASE_URL.
struct TestDatabases {
    let databases: Databases
    let database: any Database
    private let cleanup: @Sendable () async throws -> Void

    static var engine: String { ProcessInfo.processInfo.environment["ZHIBU_TEST_DATABASE_URL"] == nil ? "sqlite" : "postgres" }

    static func with(_ body: (TestDatabases) async throws -> Void) async throws {
        let test = try await make()
        do { try await body(test) } catch { try? await test.shutdown(); throw error }
        try await test.shutdown()
    }

    private static func make() async throws -> TestDatabases {
        let databases = Databases(threadPool: NIOThreadPool.singleton, on: MultiThreadedEventLoopGroup.singleton)
        let name = "zp_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(20)
        if let base = ProcessInfo.processInfo.environment["ZHIBU_TEST_DATABASE_URL"] {
            try await admin(base, "CREATE DATABASE \(name)")
            var components = URLComponents(string: base)!
            components.path = "/\(name)"
            databases.use(.postgres(configuration: try SQLPostgresConfiguration(url: components.string!)), as: .psql)
            return TestDatabases(databases: databases, database: databases.database(logger: logger, on: MultiThreadedEventLoopGroup.singleton.any())!) {
                // A plain DROP waits up to 5 s for sessions to end and stops autovacuum workers itself; FORCE only
                // after that. A database that still cannot go is left to the private server's reset.
                for force in [false, false, true] {
                    do {
                        try await admin(base, "DROP DATABASE IF EXISTS \(name)" + (force ? " WITH (FORCE)" : ""))
                        return
                    } catch {
                        if force { print("test database \(name) left behind: \(String(reflecting: error))") }
                        try await Task.sleep(for: .milliseconds(300))
                    }
                }
            }
        }
        let path = NSTemporaryDirectory() + "\(name).sqlite"
        databases.use(.sqlite(.file(path)), as: .sqlite)
        return TestDatabases(databases: databases, database: databases.database(logger: logger, on: MultiThreadedEventLoopGroup.singleton.any())!) {
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    func migrate() async throws {
        let migrations = FluentKit.Migrations()
        migrations.add(Persistence.Migrations.all)
        let migrator = Migrator(databases: databases, migrations: migrations, logger: TestDatabases.logger,
                                on: MultiThreadedEventLoopGroup.singleton.any())
        try await migrator.setupIfNeeded().get()
        try await migrator.prepareBatch().get()
    }

    func revertAll() async throws {
        let migrations = FluentKit.Migrations()
        migrations.add(Persistence.Migrations.all)
        let migrator = Migrator(databases: databases, migrations: migrations, logger: TestDatabases.logger,
                                on: MultiThreadedEventLoopGroup.singleton.any())
        try await migrator.revertAllBatches().get()
    }

    var sql: any SQLDatabase { database as! any SQLDatabase }

    private func shutdown() async throws {
        await databases.shutdownAsync()
        try await cleanup()
    }

    static let logger = Logger(label: "persistence-tests")

    private static func admin(_ url: String, _ statement: String) async throws {
        let databases = Databases(threadPool: NIOThreadPool.singleton, on: MultiThreadedEventLoopGroup.singleton)
        databases.use(.postgres(configuration: try SQLPostgresConfiguration(url: url)), as: .psql)
        let db = databases.database(logger: logger, on: MultiThreadedEventLoopGroup.singleton.any())! as! any SQLDatabase
        do { try await db.raw(SQLQueryString(statement)).run() } catch { await databases.shutdownAsync(); throw error }
        await databases.shutdownAsync()
    }
}
