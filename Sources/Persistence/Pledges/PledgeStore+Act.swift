import Domain
import FluentKit
import Foundation
import SQLKit

extension PledgeStore {
    /// Applies one action to a pledge in scope: the rule decides, and the change, its report (if any), its audit event
    /// and (for a pledge appraised as fulfilled) its points commit together. The row is touched first so that on
    /// PostgreSQL two hands never race. A report sent again with the same `key` answers the pledge as it stands.
    @discardableResult
    public func act(_ id: Pledge.ID, _ action: PledgeAction, key: String? = nil, context: AuditContext) async throws -> Pledge {
        let actor = context.actor
        let before = try await find(id, actor: actor)
        let party = try await party(before, actor: actor)
        let today = try await SchoolStore(database: database).today(of: before.schoolID, now: context.now)
        let key = try TicketStore.checkedKey(key)
        if let key, try await reported(id, key: key) { return before }
        do {
            return try await database.writing { tx in
                try await (tx as! any SQLDatabase).update(PledgeRecord.schema).set("updated_at", to: SQLColumn("updated_at"))
                    .where("id", .equal, SQLBind(id.rawValue)).run()
                let record = try await self.record(id, actor: actor, on: tx)
                let old = record.domain
                let new = try PledgeTransition.apply(action, to: old, by: party, login: actor.login, at: context.now, today: today)
                record.apply(new)
                try await record.update(on: tx)
                try await Self.writeReport(action, of: new, key: key, now: context.now, on: tx)
                let auditAction: AuditAction = if case .appraise = action { .pledgeAppraised } else if case .edit = action { .pledgeSaved } else { .pledgeUpdated }
                try await audit.append(context.event(auditAction, target: "pledge:\(id.rawValue)", school: new.schoolID,
                                                     detail: "\(action.code) \(old.status.rawValue)→\(new.status.rawValue)"
                                                         + (new.appraisal.map { " \($0.verdict.rawValue)" } ?? "")), on: tx)
                if case .appraise(.fulfilled, _) = action {
                    try await PointAwards.record(.pledgeFulfilled, person: new.personID.rawValue, source: "pledge:\(id.rawValue)",
                                                 school: new.schoolID, context: context, audit: audit, on: tx)
                }
                return new
            }
        } catch let error where TicketStore.isUniqueViolation(error) && key != nil {
            // The same report raced in on another request: answer the pledge as that one left it.
            return try await find(id, actor: actor)
        }
    }

    private static func writeReport(_ action: PledgeAction, of pledge: Pledge, key: String?, now: Date, on tx: any Database) async throws {
        let (kind, report): (PledgeUpdate.Kind, PledgeReport)
        switch action {
        case .reportProgress(let r): (kind, report) = (.progress, try r.validated(fulfilment: false))
        case .reportFulfilment(let r): (kind, report) = (.fulfilment, try r.validated(fulfilment: true))
        default: return
        }
        let update = PledgeUpdate(id: .init(UUID()), pledgeID: pledge.id, kind: kind, report: report, createdAt: now)
        try await PledgeUpdateRecord(update, key: key ?? UUID().uuidString).create(on: tx)
    }

    private func reported(_ id: Pledge.ID, key: String) async throws -> Bool {
        try await PledgeUpdateRecord.query(on: database).filter(\.$pledgeID == id.rawValue).filter(\.$submissionKey == key).first() != nil
    }
}
