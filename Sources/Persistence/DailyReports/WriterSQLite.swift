import Foundation
import VaporCSQLite

/// The daily reports writer's SQLite connection, driven by plain C calls: a whole group runs as one job on the
/// writer's own thread, from BEGIN to COMMIT. Through SQLiteNIO each statement would be a hop to a thread and
/// back, and on two busy cores each hop waits about a millisecond for the scheduler: that, not SQLite, was
/// most of a group's time. The library is SQLiteNIO's own copy, so its file locks are shared with the pool's.
/// Used only on the writer's SQLite thread, one job at a time.
final class WriterSQLite: @unchecked Sendable {
    private var handle: OpaquePointer?
    private var statements: [String: OpaquePointer] = [:]

    /// `checkpoints: false` for the writer's own connection: its commits never copy the WAL into the database
    /// (see `ReportWriter+Checkpoint`).
    init(path: String, checkpoints: Bool = true) throws {
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        guard sqlite_nio_sqlite3_open_v2(path, &handle, flags, nil) == SQLITE_OK else {
            let message = error
            sqlite_nio_sqlite3_close(handle)
            throw WriterSQLiteError(message: "open \(path): \(message)")
        }
        // Another process's writer (an import from the command line) is waited for, sleeping, not spinning.
        sqlite_nio_sqlite3_busy_timeout(handle, 10_000)
        // synchronous=FULL: a committed group survives a power loss. A larger page cache: the indexes' upper pages
        // stay in memory instead of being read again for every group.
        for pragma in ["PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL", "PRAGMA cache_size=-65536"] { try execute(pragma) }
        if !checkpoints { try execute("PRAGMA wal_autocheckpoint=0") }
    }

    /// Copies what it can of the WAL into the database without waiting for readers or writers.
    func checkpoint() throws {
        let code = sqlite_nio_sqlite3_wal_checkpoint_v2(handle, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
        guard code == SQLITE_OK || code == SQLITE_BUSY else { throw WriterSQLiteError(message: error) }
    }

    deinit { close() }

    func close() {
        for statement in statements.values { sqlite_nio_sqlite3_finalize(statement) }
        statements = [:]
        sqlite_nio_sqlite3_close(handle)
        handle = nil
    }

    func execute(_ sql: String) throws {
        let statement = try statement(sql)
        try statement.bind([])
        try statement.run()
    }

    /// A prepared statement, prepared once per connection; `bind` starts it afresh for each use.
    func statement(_ sql: String) throws -> WriterStatement {
        if let prepared = statements[sql] { return WriterStatement(handle: prepared, connection: self) }
        var prepared: OpaquePointer?
        guard sqlite_nio_sqlite3_prepare_v2(handle, sql, -1, &prepared, nil) == SQLITE_OK, let prepared else {
            throw WriterSQLiteError(message: "\(error) in \(sql)")
        }
        statements[sql] = prepared
        return WriterStatement(handle: prepared, connection: self)
    }

    /// One transaction: the write lock is taken at once, and a failure rolls everything back.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    var error: String { sqlite_nio_sqlite3_errmsg(handle).map { String(cString: $0) } ?? "unknown SQLite error" }
}

struct WriterSQLiteError: Error, CustomStringConvertible {
    var message: String
    var description: String { "SQLite: \(message)" }
}

/// A statement with its values bound by position (from 1), stepped row by row.
struct WriterStatement {
    let handle: OpaquePointer
    let connection: WriterSQLite
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Starts the statement afresh with these values, in order: text, integers, reals, booleans (0/1), UUIDs as
    /// upper-case text (as SQLiteKit writes them), dates as seconds since 1970, nil as NULL.
    func bind(_ values: [WriterValue]) throws {
        sqlite_nio_sqlite3_reset(handle)
        sqlite_nio_sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32 = switch value {
            case .null: sqlite_nio_sqlite3_bind_null(handle, index)
            case .text(let text): sqlite_nio_sqlite3_bind_text(handle, index, text, -1, Self.transient)
            case .integer(let number): sqlite_nio_sqlite3_bind_int64(handle, index, Int64(number))
            case .real(let number): sqlite_nio_sqlite3_bind_double(handle, index, number)
            }
            guard code == SQLITE_OK else { throw WriterSQLiteError(message: connection.error) }
        }
    }

    /// Runs a statement that returns no rows.
    func run() throws {
        while try step() {}
    }

    /// Steps to the next row; false when done.
    func step() throws -> Bool {
        switch sqlite_nio_sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw WriterSQLiteError(message: connection.error)
        }
    }

    func isNull(_ column: Int32) -> Bool { sqlite_nio_sqlite3_column_type(handle, column) == SQLITE_NULL }
    func int(_ column: Int32) -> Int { Int(sqlite_nio_sqlite3_column_int64(handle, column)) }
    func bool(_ column: Int32) -> Bool { int(column) != 0 }
    func double(_ column: Int32) -> Double { sqlite_nio_sqlite3_column_double(handle, column) }

    func text(_ column: Int32) -> String? {
        guard let bytes = sqlite_nio_sqlite3_column_text(handle, column) else { return nil }
        return String(cString: bytes)
    }

    /// A UUID stored as text (SQLiteKit) or as 16 bytes.
    func uuid(_ column: Int32) -> UUID? {
        if sqlite_nio_sqlite3_column_type(handle, column) == SQLITE_BLOB {
            guard sqlite_nio_sqlite3_column_bytes(handle, column) == 16,
                  let bytes = sqlite_nio_sqlite3_column_blob(handle, column) else { return nil }
            let b = bytes.assumingMemoryBound(to: UInt8.self)
            return UUID(uuid: (b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]))
        }
        return text(column).flatMap(UUIDText.parse)
    }

    /// Seconds since 1970, rounded to microseconds as SQLiteNIO reads them back.
    func date(_ column: Int32) -> Date {
        let sinceReference = double(column) - Date.timeIntervalBetween1970AndReferenceDate
        return Date(timeIntervalSinceReferenceDate: (sinceReference * 1e6).rounded() / 1e6)
    }
}

/// A value bound to a statement.
enum WriterValue {
    case null, text(String), integer(Int), real(Double)

    static func uuid(_ id: UUID?) -> WriterValue { id.map { .text(UUIDText.upper($0)) } ?? .null }
    static func optional(_ text: String?) -> WriterValue { text.map { .text($0) } ?? .null }
    static func bool(_ flag: Bool) -> WriterValue { .integer(flag ? 1 : 0) }
    static func date(_ date: Date) -> WriterValue { .real(date.timeIntervalSince1970) }
}
