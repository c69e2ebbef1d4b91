import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import SQLKit
import Vapor

/// One setting picks the engine: a SQLite file (WAL) or a PostgreSQL server.
enum DatabaseSetup {
    static func use(_ location: AppConfig.DatabaseLocation, on app: Application) throws {
        switch location {
        case .sqlite(let path):
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
            app.databases.use(.sqlite(.file(path)), as: .sqlite)
        case .postgres(let url):
            var config = try SQLPostgresConfiguration(url: url)
            config.searchPath = ["public"]
            app.databases.use(.postgres(configuration: config, maxConnectionsPerEventLoop: 4), as: .psql)
        }
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
