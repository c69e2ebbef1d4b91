import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import SQLKit
import Persistence
import Vapor

/// One setting picks the engine: a SQLite file (WAL) or a PostgreSQL server.
enum DatabaseSetup {
    static func use(_ location: AppConfig.DatabaseLocation, on app: Application) throws {
        switch location {
        case .sqlite(let path):
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
            // Two connections per event loop for the requests, so that a slow read does not hold up the next one.
            app.databases.use(.sqlite(.file(path), maxConnectionsPerEventLoop: 2), as: .sqlite)
        case .postgres(let url):
            app.databases.use(.postgres(configuration: try postgresConfiguration(url), maxConnectionsPerEventLoop: 4), as: .psql)
        }
    }

    /// The daily reports' writer's own connection, to the same database, so that no request waits behind a group.
    static func reportWriterTarget(_ location: AppConfig.DatabaseLocation, on app: Application) throws -> ReportWriterTarget {
        switch location {
        case .sqlite(let path): return .sqlite(path: path)
        case .postgres(let url): return .postgres(try postgresConfiguration(url))
        }
    }

    private static func postgresConfiguration(_ url: String) throws -> SQLPostgresConfiguration {
        var config = try SQLPostgresConfiguration(url: url)
        config.searchPath = ["public"]
        return config
    }

    /// WAL lets readers go on while one writer commits; synchronous=FULL (SQLite's default in WAL
    /// when compiled as here) makes an acknowledged write survive a crash.
    static func prepare(_ db: any Database) async throws {
        guard let sql = db as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        try await sql.raw("PRAGMA journal_mode=WAL").run()
        try await sql.raw("PRAGMA synchronous=FULL").run()
        try await sql.raw("PRAGMA foreign_keys=ON").run()
    }
}
