import Domain
import FluentKit
import Foundation
import SQLKit

extension LeaveStore {
    /// Applies one action to a line in scope: the rule decides, and the change and its audit event commit together.
    /// The row is touched first, so that on PostgreSQL two hands (counsellor and student) never race.
    @discardableResult
    public func act(_ id: LeaveApplication.ID, _ action: LeaveAction, context: AuditContext) async throws -> LeaveApplication {
        let actor = context.actor
        let before = try await find(id, scope: actor.scope)
        let party = try await party(before, actor: actor)
        let today = try await today(of: before.schoolID, now: context.now)
        return try await database.writing { tx in
            try await (tx as! any SQLDatabase).update(LeaveRecord.schema).set("updated_at", to: SQLColumn("updated_at"))
                .where("id", .equal, SQLBind(id.rawValue)).run()
            let record = try await self.record(id, scope: actor.scope, on: tx)
            let old = record.domain
            let new = try LeaveTransition.apply(action, to: old, by: party, login: actor.login, at: context.now, today: today)
            record.apply(new)
            record.updatedAt = context.now
            try await record.update(on: tx)
            try await audit.append(context.event(.leaveUpdated, target: "leave:\(id.rawValue)", school: new.schoolID,
                                                 detail: "\(action.code) \(old.status.rawValue)→\(new.status.rawValue)"), on: tx)
            if new.personID != actor.personID { try await notifyDecision(new, on: tx, now: context.now) }
            return new
        }
    }
}
