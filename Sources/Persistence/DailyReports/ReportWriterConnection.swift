import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit

/// The daily reports' writer's own database connection, on an event loop of its own that is also the writer's
/// executor. At the morning peak the server's other threads are busy with requests; a group's statements
/// go from this loop to the database and back to this loop, never waiting in line behind those requests.
struct ReportWriterConnection {
    let sql: any SQLDatabase
    let isSQLite: Bool
    private let closing: @Sendable () async throws -> Void
    private let isOpen: @Sendable () -> Bool

    var isClosed: Bool { !isOpen() }

    static func open(_ target: ReportWriterTarget, on loop: any EventLoop, threadPool: NIOThreadPool,
                     logger: Logger) async throws -> ReportWriterConnection {
        switch target {
        case .sqlite(let path):
            let connection = try await SQLiteConnection.open(storage: .file(path: path), threadPool: threadPool,
                                                             logger: logger, on: loop).get()
            let sql = connection.sql()
            // The same settings as the pool's connections; synchronous=FULL so that a committed group survives
            // a power loss whatever the library was compiled with.
            for pragma in ["PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL"] {
                try await sql.raw(SQLQueryString(pragma)).run()
            }
            return ReportWriterConnection(sql: sql, isSQLite: true, closing: { try await connection.close() },
                                          isOpen: { !connection.isClosed })
        case .postgres(let configuration):
            let connection = try await PostgresConnection.connect(
                on: loop, configuration: configuration.coreConfiguration, id: 1, logger: logger).get()
            let sql = connection.sql()
            if let path = configuration.searchPath {
                try await sql.raw("SET search_path TO \(idents: path, joinedBy: ",")").run()
            }
            return ReportWriterConnection(sql: sql, isSQLite: false, closing: { try await connection.close() },
                                          isOpen: { !connection.isClosed })
        }
    }

    func close() async {
        try? await closing()
    }

    /// One group's transaction. On SQLite the process's writers take turns (see `SQLiteWriteQueue`), and the
    /// transaction takes the write lock at once, so that it cannot fail half-way for another process's writer.
    func transaction<T>(isolation: isolated (any _Concurrency.Actor)? = #isolation,
                        _ body: () async throws -> T) async throws -> T {
        if isSQLite { await SQLiteWriteQueue.shared.acquire() }
        defer { if isSQLite { SQLiteWriteQueue.shared.release() } }
        try await execute(SQLRaw(isSQLite ? "BEGIN IMMEDIATE" : "BEGIN"))
        do {
            let result = try await body()
            try await execute(SQLRaw("COMMIT"))
            return result
        } catch {
            try? await execute(SQLRaw("ROLLBACK"))
            throw error
        }
    }

    /// The rows of a query, through the connection's future interface: the caller resumes on its own executor
    /// (the writer's loop), where the async interface would first hop to the shared concurrency pool.
    func rows(isolation: isolated (any _Concurrency.Actor)? = #isolation, _ query: some SQLQueryBuilder) async throws -> [any SQLRow] {
        try await rows(of: query.query)
    }

    func run(isolation: isolated (any _Concurrency.Actor)? = #isolation, _ query: some SQLQueryBuilder) async throws {
        try await execute(query.query)
    }

    private func execute(isolation: isolated (any _Concurrency.Actor)? = #isolation, _ expression: any SQLExpression) async throws {
        _ = try await rows(of: expression)
    }

    private func rows(isolation: isolated (any _Concurrency.Actor)? = #isolation, of expression: any SQLExpression) async throws -> [any SQLRow] {
        let collected = RowCollector()
        let future: EventLoopFuture<Void> = sql.execute(sql: expression) { collected.rows.append($0) }
        try await future.value()
        return collected.rows
    }
}

extension EventLoopFuture where Value: Sendable {
    /// The future's value; the caller resumes on its own executor (`get()` would first hop to the shared pool).
    func value(isolation: isolated (any _Concurrency.Actor)? = #isolation) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            whenComplete { continuation.resume(with: $0) }
        }
    }
}

/// Rows as a query hands them over: one at a time on the connection's event loop, all before its future
/// completes, so no two threads touch the array at once.
private final class RowCollector: @unchecked Sendable {
    var rows: [any SQLRow] = []
}

