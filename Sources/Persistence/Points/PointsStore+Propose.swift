import Domain
import FluentKit
import Foundation

extension PointsStore {
    /// A member (for themselves) or a secretary (for a member in scope) proposes an entry by rule with evidence.
    /// It waits for approval when the rule says so, unless the proposer may approve it; the caps are applied at
    /// once. `key` (form token or Idempotency-Key) makes a retry answer the first entry (`created` false).
    public func propose(_ proposal: PointProposal, key: String?, context: AuditContext) async throws -> (entry: PointEntry, created: Bool) {
        let actor = context.actor
        guard let school = actor.schoolID else { throw DomainError.forbidden }
        let key = try TicketStore.checkedKey(key)
        if let key, let existing = try await existing(proposer: actor.login, key: key) { return (existing, false) }
        _ = try await person(proposal.personID, scope: actor.scope)
        let rule = try await ruleInForce(proposal.event, school: school)
        let proposal = try proposal.validated(rule: rule, today: try await today(of: school, now: context.now))
        let approver = try await mayApprove(proposal.personID, actor: actor) ? actor.login : nil
        do {
            let entry = try await database.writing { tx in
                try PointArchive.check(proposal.day, frozenYears: try await PointLedgerSQL.frozenYears(of: school, on: tx))
                try await PointLedgerSQL.lockMember(proposal.personID, school: school, on: tx)
                let earned = try await PointLedgerSQL.earned(proposal.personID, event: rule.event, day: proposal.day, on: tx)
                let entry = try PointLedger.manual(proposal, rule: rule, earned: earned, approvedBy: approver,
                                                   proposedBy: actor.login, at: context.now)
                try await PointEntryRecord(entry, key: key ?? UUID().uuidString).create(on: tx)
                try await audit.append(context.event(.pointsProposed, target: "point_entry:\(entry.id.rawValue)", school: school,
                                                     detail: "\(rule.event.rawValue) \(entry.quantity) \(entry.status.rawValue) \(entry.points)"), on: tx)
                return entry
            }
            return (entry, true)
        } catch let error where TicketStore.isUniqueViolation(error) && key != nil {
            guard let existing = try await existing(proposer: actor.login, key: key!) else { throw error }
            return (existing, false)
        }
    }

    /// The branch secretary or above whose scope holds the member approves; nobody approves their own entry.
    public func mayApprove(_ person: Person.ID, actor: Actor) async throws -> Bool {
        guard actor.may(.approvePoints), actor.personID != person else { return false }
        if actor.scope.isEverything { return true }
        let path = try await PersonRecord.query(on: database).filter(\.$id == person.rawValue).first()?.organizationPath
        return path.map { actor.scope.includes(organizationPath: TreePath(rawValue: $0)) } == true
    }

    private func existing(proposer: String, key: String) async throws -> PointEntry? {
        try await PointEntryRecord.query(on: database).filter(\.$proposedBy == proposer).filter(\.$submissionKey == key).first()?.domain
    }
}
