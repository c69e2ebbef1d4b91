import FluentKit
import SQLKit

extension Database {
    /// Runs a write in one transaction. On SQLite, writes from this process take turns: a deferred
    /// transaction that reads and then writes while another connection commits fails with SQLITE_BUSY
    /// (no busy handler can help), so writers queue here instead. PostgreSQL needs no such queue.
    func writing<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        guard (self as? any SQLDatabase)?.dialect.name == "sqlite" else { return try await transaction(body) }
        return try await SQLiteWriteQueue.shared.run { try await self.transaction(body) }
    }
}

/// A process-wide FIFO lock for SQLite writers.
actor SQLiteWriteQueue {
    static let shared = SQLiteWriteQueue()
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func run<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        if busy { await withCheckedContinuation { waiting.append($0) } } else { busy = true }
        defer { handOver() }
        return try await body()
    }

    private func handOver() {
        if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
    }
}
