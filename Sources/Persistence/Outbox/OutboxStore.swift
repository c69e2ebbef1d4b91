import Domain
import FluentKit
import Foundation
import SQLKit

/// The outbox: deliveries written with the change that causes them, sent later by the dispatcher job.
/// A delivery is sent at least once: a server that dies mid-send leaves a lease that expires, and the row
/// is sent again; the robots' messages are reminders, for which a rare duplicate beats a loss.
public struct OutboxStore: Sendable {
    let database: any Database
    let keyring: Keyring

    /// Adds a delivery on the caller's database, normally inside the caller's `writing` transaction, so that
    /// it exists if and only if the change commits. Its first attempt is due at once.
    @discardableResult
    public func enqueue(_ target: OutboxTarget, payload: String, school: School.ID, now: Date,
                        on database: any Database) async throws -> OutboxEntry.ID {
        let record = OutboxRecord()
        record.id = UUID(); record.schoolID = school.rawValue; record.kind = target.kind; record.targetID = target.id
        record.payload = try keyring.seal(payload).base64EncodedString()
        record.status = OutboxEntry.Status.pending.rawValue; record.attempts = 0; record.nextAttemptAt = now
        record.createdAt = now
        try await record.create(on: database)
        return .init(record.id!)
    }

    /// Adds a delivery in a write of its own, for callers with no change to go with it (a test message).
    @discardableResult
    public func enqueue(_ target: OutboxTarget, payload: String, school: School.ID, now: Date) async throws -> OutboxEntry.ID {
        try await database.writing { tx in try await enqueue(target, payload: payload, school: school, now: now, on: tx) }
    }

    /// Leases up to `limit` due deliveries for `leaseSeconds`, oldest first. Rows another server holds are
    /// skipped (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite serialises writers), and the lease condition is
    /// re-checked by the UPDATE, so no row goes to two dispatchers while its lease lives.
    public func claimDue(now: Date, limit: Int, leaseSeconds: TimeInterval) async throws -> [OutboxEntry] {
        let ids = try await database.writing { tx in
            let sql = tx as! any SQLDatabase
            let skipLocked = sql.dialect.name == "postgresql" ? " FOR UPDATE SKIP LOCKED" : ""
            let free: SQLQueryString = "(lease_until IS NULL OR lease_until < \(bind: now))"
            return try await sql.raw("""
                UPDATE outbox SET lease_until = \(bind: now.addingTimeInterval(leaseSeconds))
                WHERE \(free) AND id IN (SELECT id FROM outbox WHERE status = \(bind: OutboxEntry.Status.pending.rawValue)
                AND next_attempt_at <= \(bind: now) AND \(free)
                ORDER BY next_attempt_at LIMIT \(literal: max(1, limit))\(unsafeRaw: skipLocked)) RETURNING id
                """).all(decoding: IDRow.self).map(\.id)
        }
        guard !ids.isEmpty else { return [] }
        let records = try await OutboxRecord.query(on: database).filter(\.$id ~~ ids).sort(\.$nextAttemptAt).all()
        return try records.compactMap(entry)
    }

    public func find(_ id: OutboxEntry.ID) async throws -> OutboxEntry? {
        try await OutboxRecord.find(id.rawValue, on: database).flatMap(entry)
    }

    /// The latest deliveries to some targets, newest first: what the robot page shows as "last sent".
    public func recent(to targets: [OutboxTarget], limit: Int) async throws -> [OutboxEntry] {
        guard !targets.isEmpty else { return [] }
        return try await OutboxRecord.query(on: database).filter(\.$targetID ~~ targets.map(\.id))
            .sort(\.$createdAt, .descending).limit(limit).all().compactMap(entry)
    }

    func entry(_ r: OutboxRecord) throws -> OutboxEntry? {
        guard let target = OutboxTarget(kind: r.kind, id: r.targetID), let sealed = Data(base64Encoded: r.payload) else { return nil }
        return OutboxEntry(id: .init(r.id!), schoolID: .init(r.schoolID), target: target, payload: try keyring.open(sealed),
                           status: OutboxEntry.Status(rawValue: r.status) ?? .failed, attempts: r.attempts,
                           nextAttemptAt: r.nextAttemptAt, lastError: r.lastError, createdAt: r.createdAt,
                           deliveredAt: r.deliveredAt)
    }

    struct IDRow: Decodable { var id: UUID }
}
