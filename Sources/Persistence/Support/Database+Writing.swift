import FluentKit
import NIOConcurrencyHelpers
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

/// A process-wide FIFO lock for SQLite writers. A lock rather than an actor: taking a free turn does not
/// leave the caller's executor (the daily reports' writer runs on its own event loop).
final class SQLiteWriteQueue: Sendable {
    static let shared = SQLiteWriteQueue()
    private struct State {
        var busy = false
        var waiting: [CheckedContinuation<Void, Never>] = []
    }
    private let state = NIOLockedValueBox(State())

    func run<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        await acquire()
        defer { release() }
        return try await body()
    }

    /// Waits for this process's turn to write; every `acquire` is followed by one `release`.
    func acquire(isolation: isolated (any _Concurrency.Actor)? = #isolation) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let isFree = state.withLockedValue { state in
                if state.busy { state.waiting.append(continuation); return false }
                state.busy = true
                return true
            }
            if isFree { continuation.resume() }
        }
    }

    /// Hands the turn to the next writer in line, or frees it.
    func release() {
        let next = state.withLockedValue { state -> CheckedContinuation<Void, Never>? in
            if state.waiting.isEmpty { state.busy = false; return nil }
            return state.waiting.removeFirst()
        }
        next?.resume()
    }
}
