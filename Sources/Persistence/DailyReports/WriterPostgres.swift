import FluentPostgresDriver
import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit

/// The daily reports writer's PostgreSQL connection, on the writer's own event loop (its actor's executor): a
/// group's statements go from this loop to the server and back to this loop, never waiting in line behind the
/// requests that keep the server's other threads busy at the morning peak.
struct WriterPostgres {
    let sql: any SQLDatabase
    private let connection: PostgresConnection

    var isClosed: Bool { connection.isClosed }

    static func connect(_ configuration: SQLPostgresConfiguration, on loop: any EventLoop, logger: Logger) async throws -> WriterPostgres {
        let connection = try await PostgresConnection.connect(
            on: loop, configuration: configuration.coreConfiguration, id: 1, logger: logger).get()
        let sql = connection.sql()
        if let path = configuration.searchPath {
            try await sql.raw("SET search_path TO \(idents: path, joinedBy: ",")").run()
        }
        return WriterPostgres(sql: sql, connection: connection)
    }

    func close() async {
        try? await connection.close()
    }

    /// One group's transaction.
    func transaction<T>(isolation: isolated (any _Concurrency.Actor)? = #isolation,
                        _ body: () async throws -> T) async throws -> T {
        try await execute(SQLRaw("BEGIN"))
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

