import Domain
import FluentKit
import Foundation

extension PointsStore {
    public enum Decision: Sendable, Equatable {
        case approve
        case refuse(reason: String)
    }

    /// Approves or refuses a pending entry in scope. Approval grants what the caps leave now (read under the
    /// member's lock), so concurrent approvals never pass a cap. Entries of a frozen year are refused.
    @discardableResult
    public func decide(_ id: PointEntry.ID, _ decision: Decision, context: AuditContext) async throws -> PointEntry {
        let actor = context.actor
        let before = try await entry(id, scope: actor.scope)
        guard try await mayApprove(before.personID, actor: actor) else { throw DomainError.forbidden }
        return try await database.writing { tx in
            try PointArchive.check(before.day, frozenYears: try await PointLedgerSQL.frozenYears(of: before.schoolID, on: tx))
            try await PointLedgerSQL.lockMember(before.personID, school: before.schoolID, on: tx)
            let record = try await self.record(id, scope: actor.scope, on: tx)
            let old = record.domain
            let new: PointEntry
            switch decision {
            case .approve:
                guard let rule = try await PointLedgerSQL.rule(old.event, school: old.schoolID, on: tx) else { throw DomainError.notFound }
                let earned = try await PointLedgerSQL.earned(old.personID, event: old.event, day: old.day, on: tx)
                new = try PointLedger.approve(old, rule: rule, earned: earned, by: actor.login, at: context.now)
            case .refuse(let reason):
                new = try PointLedger.refuse(old, reason: reason, by: actor.login, at: context.now)
            }
            record.decide(new)
            try await record.update(on: tx)
            try await audit.append(context.event(.pointsDecided, target: "point_entry:\(id.rawValue)", school: new.schoolID,
                                                 detail: "\(old.status.rawValue)→\(new.status.rawValue) \(new.points)"), on: tx)
            return new
        }
    }

    /// Corrects a counted entry with a new entry (never an edit), with a reason; refused for a frozen year.
    public func correct(_ id: PointEntry.ID, points: Int, reason: String, context: AuditContext) async throws -> PointEntry {
        let actor = context.actor
        let before = try await entry(id, scope: actor.scope)
        guard try await mayApprove(before.personID, actor: actor) else { throw DomainError.forbidden }
        return try await database.writing { tx in
            try PointArchive.check(before.day, frozenYears: try await PointLedgerSQL.frozenYears(of: before.schoolID, on: tx))
            try await PointLedgerSQL.lockMember(before.personID, school: before.schoolID, on: tx)
            let soFar = try await PointLedgerSQL.correctedSoFar(id, on: tx)
            return try await PointLedgerSQL.writeCorrection(of: before, points: points, correctedSoFar: soFar, reason: reason,
                                                            context: context, audit: audit, on: tx)
        }
    }
}
