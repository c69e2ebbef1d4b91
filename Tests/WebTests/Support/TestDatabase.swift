import Fluent
import FluentPostgresDriver
import Foundation
import SQLKit
import Vapor
@testable import Web

/// Every test gets a database of its own: a new SQLite file, or (with ZHIBU_TEST_DATABASE_URL set)
/// a new database on the test PostgreSQL server, dropped afterwards.
enum TestDatabase {
    static var postgresURL: String? { ProcessInfo.processInfo.environment["ZHIBU_TEST_DATABASE_URL"] }
    static var engine: String { postgresURL == nil ? "sqlite" : "postgres" }

    static func make(from template: String? = nil) async throws -> (location: AppConfig.DatabaseLocation, directory: String, drop: @Sendable () async throws -> Void) {
        let name = "zt_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(20)
        let directory = NSTemporaryDirectory() + "zhibu-tests/\(name)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        guard let base = postgresURL else {
            if let template { try FileManager.default.copyItem(atPath: template, toPath: directory + "/zhibu.sqlite") }
            return (.sqlite(path: directory + "/zhibu.sqlite"), directory, {
                try? FileManager.default.removeItem(atPath: directory)
            })
        }
        let clause = template.map { " TEMPLATE \($0)" } ?? ""
        try await admin(base) { try await $0.raw("CREATE DATABASE \(unsafeRaw: String(name))\(unsafeRaw: clause)").run() }
        var components = URLComponents(string: base)!
        components.path = "/" + name
        return (.postgres(url: components.string!), directory, {
            try await dropPostgres(String(name), base)
            try? FileManager.default.removeItem(atPath: directory)
        })
    }

    /// A plain DROP waits up to 5 s for other sessions to end and stops autovacuum workers itself; FORCE
    /// (which kills sessions, and once a pooled connection in mid-close with them) comes only after that.
    /// A copy that still cannot go is left to the private server's reset rather than failing a passing test.
    private static func dropPostgres(_ name: String, _ base: String) async throws {
        for force in [false, false, true] {
            do {
                let clause = force ? " WITH (FORCE)" : ""
                try await admin(base) { try await $0.raw("DROP DATABASE IF EXISTS \(unsafeRaw: name)\(unsafeRaw: clause)").run() }
                return
            } catch {
                if force { print("test database \(name) left behind: \(String(reflecting: error))") }
                try await Task.sleep(for: .milliseconds(300))
            }
        }
    }

    /// Removes copies older than a day that crashed or killed runs left behind (each seeded copy is ~150 MB;
    /// the seeded template itself outlives its run, since nothing runs after the last test).
    static func sweepLeftovers() {
        let root = NSTemporaryDirectory() + "zhibu-tests"
        let dayAgo = Date().addingTimeInterval(-86_400)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [] where name.hasPrefix("zt_") {
            let path = root + "/" + name
            if let modified = try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date, modified < dayAgo {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
    }

    /// Names the database a test's copy is made from: a SQLite file path, or a PostgreSQL database name.
    static func templateName(_ location: AppConfig.DatabaseLocation) -> String {
        switch location {
        case .sqlite(let path): path
        case .postgres(let url): String(URLComponents(string: url)!.path.dropFirst())
        }
    }

    /// Runs statements that cannot run inside the database they concern (CREATE/DROP DATABASE).
    private static func admin(_ url: String, _ body: (any SQLDatabase) async throws -> Void) async throws {
        let app = try await Application.make(.testing)
        do {
            app.databases.use(.postgres(configuration: try SQLPostgresConfiguration(url: url)), as: .psql)
            try await body(app.db as! any SQLDatabase)
        } catch {
            try await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
