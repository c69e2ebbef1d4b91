import FluentKit
import Foundation

/// The end of an attempt: each frees the lease.
extension OutboxStore {
    public func markDelivered(_ id: OutboxEntry.ID, at now: Date) async throws {
        try await update(id) { record in
            record.status = OutboxEntry.Status.delivered.rawValue; record.attempts += 1; record.deliveredAt = now
            record.lastError = nil
        }
    }

    /// Another attempt later; `attempts` counts the attempts made so far, this one included.
    public func scheduleRetry(_ id: OutboxEntry.ID, attempts: Int, nextAttemptAt: Date, error: String) async throws {
        try await update(id) { record in
            record.attempts = attempts; record.nextAttemptAt = nextAttemptAt; record.lastError = String(error.prefix(500))
        }
    }

    /// No more attempts: the target refused the delivery for good, is gone, or every retry failed.
    public func markFailed(_ id: OutboxEntry.ID, attempts: Int, error: String) async throws {
        try await update(id) { record in
            record.status = OutboxEntry.Status.failed.rawValue; record.attempts = attempts
            record.lastError = String(error.prefix(500))
        }
    }

    private func update(_ id: OutboxEntry.ID, _ change: @escaping @Sendable (OutboxRecord) -> Void) async throws {
        try await database.writing { tx in
            guard let record = try await OutboxRecord.find(id.rawValue, on: tx) else { return }
            change(record)
            record.leaseUntil = nil
            try await record.update(on: tx)
        }
    }
}
