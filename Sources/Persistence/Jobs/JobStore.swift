import Domain
import FluentKit
import Foundation
import SQLKit

/// The `jobs` table: each scheduled job's next run and its lease.
///
/// Claiming is one conditional UPDATE … RETURNING: it sets the lease only if the job is due and nobody holds
/// a live lease. On PostgreSQL two servers updating the same row queue on its row lock; the second then
/// re-reads the row as the first committed it (READ COMMITTED re-checks the WHERE clause against the new
/// version), finds a live lease and updates nothing. On SQLite every write is serialised. So exactly one
/// claimer gets the row back, without a separate SELECT … FOR UPDATE SKIP LOCKED round trip and on both engines.
/// A lease that outlives its holder (a crashed server) expires, and the job becomes claimable again.
public struct JobStore: Sendable {
    let database: any Database

    /// Registers a job if the table does not know it yet; an existing row keeps its schedule.
    public func ensure(name: String, firstRunAt: Date) async throws {
        try await database.writing { tx in
            try await (tx as! any SQLDatabase).insert(into: "jobs").columns("name", "next_run_at")
                .values(SQLBind(name), SQLBind(firstRunAt)).ignoringConflicts().run()
        }
    }

    /// Takes the job for `leaseSeconds` if it is due and free. True for exactly one of any number of claimers.
    public func claim(name: String, now: Date, leaseSeconds: TimeInterval, owner: String) async throws -> Bool {
        try await database.writing { tx in
            let claimed = try await (tx as! any SQLDatabase).update("jobs")
                .set("lease_owner", to: owner)
                .set("lease_until", to: now.addingTimeInterval(leaseSeconds))
                .set("last_started_at", to: now)
                .where("name", .equal, name)
                .where("next_run_at", .lessThanOrEqual, now)
                .where(group: { $0.where("lease_until", .is, SQLLiteral.null).orWhere("lease_until", .lessThan, now) })
                .returning("name")
                .all()
            return !claimed.isEmpty
        }
    }

    /// Ends a run: schedules the next one, records the outcome and frees the lease. Only the lease's holder
    /// may do so, so a run that overran its lease cannot clear the lease of the server that took over.
    public func finish(name: String, owner: String, nextRunAt: Date, finishedAt: Date, error: String?) async throws {
        try await database.writing { tx in
            try await (tx as! any SQLDatabase).update("jobs")
                .set("next_run_at", to: nextRunAt)
                .set("lease_owner", to: SQLLiteral.null)
                .set("lease_until", to: SQLLiteral.null)
                .set("last_finished_at", to: finishedAt)
                .set("last_error", to: error.map { String($0.prefix(1000)) })
                .where("name", .equal, name)
                .where("lease_owner", .equal, owner)
                .run()
        }
    }

    public func find(name: String) async throws -> ScheduledJobState? {
        try await (database as! any SQLDatabase).select().columns("*").from("jobs").where("name", .equal, name)
            .first(decoding: ScheduledJobState.self)
    }
}

/// One row of `jobs`, as the status page and tests read it.
public struct ScheduledJobState: Decodable, Equatable, Sendable {
    public var name: String
    public var nextRunAt: Date
    public var leaseOwner: String?
    public var leaseUntil: Date?
    public var lastStartedAt: Date?
    public var lastFinishedAt: Date?
    public var lastError: String?

    enum CodingKeys: String, CodingKey {
        case name, nextRunAt = "next_run_at", leaseOwner = "lease_owner", leaseUntil = "lease_until"
        case lastStartedAt = "last_started_at", lastFinishedAt = "last_finished_at", lastError = "last_error"
    }
}
