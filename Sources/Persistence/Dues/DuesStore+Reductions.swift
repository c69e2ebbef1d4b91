import Domain
import FluentKit
import Foundation
import SQLKit

/// 少交/免交: the member (or the branch for them) applies, the branch records its discussion, the committee above
/// approves or refuses. Each step is one transaction with its audit event.
extension DuesStore {
    /// What an application asks for.
    public struct ReductionRequest: Sendable {
        public var person: Person.ID
        public var kind: DuesReduction.Kind
        public var amount: Int?
        public var from: YearMonth
        public var to: YearMonth
        public var reason: String
        public init(person: Person.ID, kind: DuesReduction.Kind, amount: Int?, from: YearMonth, to: YearMonth, reason: String) {
            self.person = person; self.kind = kind; self.amount = amount; self.from = from; self.to = to; self.reason = reason
        }
    }

    /// A member applies for themself; someone who manages dues may enter it for a member in scope.
    @discardableResult
    public func applyForReduction(_ request: ReductionRequest, context: AuditContext) async throws -> DuesReduction {
        let actor = context.actor
        guard actor.personID == request.person || actor.may(.manageDues) else { throw DomainError.forbidden }
        _ = try await member(request.person, scope: actor.scope)
        guard let person = try await PersonRecord.query(on: database).filter(\.$id == request.person.rawValue).first() else { throw DomainError.notFound }
        let reduction = try DuesReduction.application(id: .init(UUID()), schoolID: .init(person.schoolID), personID: request.person,
                                                      kind: request.kind, amount: request.amount, from: request.from, to: request.to,
                                                      reason: request.reason, by: actor.login, at: context.now)
        try await database.writing { tx in
            let record = DuesReductionRecord()
            record.apply(reduction); record.organizationPath = person.organizationPath; record.updatedAt = context.now
            try await record.create(on: tx)
            try await audit.append(context.event(.duesReductionApplied, target: "dues_reduction:\(reduction.id.rawValue)", school: reduction.schoolID,
                                                 detail: "\(reduction.kind.rawValue) \(reduction.from.iso)..\(reduction.to.iso)"), on: tx)
        }
        return reduction
    }

    /// The branch's discussion (支部讨论), by someone who manages the member's dues.
    @discardableResult
    public func discussReduction(_ id: DuesReduction.ID, on day: LocalDate, note: String, context: AuditContext) async throws -> DuesReduction {
        guard context.actor.may(.manageDues) else { throw DomainError.forbidden }
        return try await change(id, context: context, requireAbove: false) { try $0.discussed(on: day, note: note, by: context.actor.login) }
    }

    /// The committee above decides: its organisation must lie above the member's (not the branch itself).
    @discardableResult
    public func decideReduction(_ id: DuesReduction.ID, approve: Bool, reference: String, context: AuditContext) async throws -> DuesReduction {
        guard context.actor.may(.approveDuesReductions) else { throw DomainError.forbidden }
        return try await change(id, context: context, requireAbove: true) {
            try $0.decided(approve: approve, reference: reference, by: context.actor.login, at: context.now)
        }
    }

    /// Reductions of the subtree's members (or the member's own), newest first.
    public func reductions(under organization: Organization?, scope: Scope, person: Person.ID? = nil) async throws -> [DuesReduction] {
        let query = DuesReductionRecord.query(on: database).scoped(scope)
        if let organization { query.filter("organization_path", .contains(inverse: false, .prefix), organization.path.rawValue) }
        if let person { query.filter(\.$personID == person.rawValue) }
        return try await query.sort(\.$appliedAt, .descending).limit(2_000).all().map(\.domain)
    }

    private func change(_ id: DuesReduction.ID, context: AuditContext, requireAbove: Bool,
                        _ step: @escaping @Sendable (DuesReduction) throws -> DuesReduction) async throws -> DuesReduction {
        let scope = context.actor.scope
        return try await database.writing { tx in
            try await (tx as! any SQLDatabase).update(DuesReductionRecord.schema).set("updated_at", to: SQLColumn("updated_at"))
                .where("id", .equal, SQLBind(id.rawValue)).run()
            guard let record = try await DuesReductionRecord.query(on: tx).scoped(scope).filter(\.$id == id.rawValue).first() else {
                throw DomainError.notFound
            }
            // Only the organisations over the member's act on it: their own application gives a member no say.
            let path = TreePath(rawValue: record.organizationPath ?? "/")
            let reaches = scope.isEverything || scope.organizationPaths.contains {
                $0.contains(path) && (!requireAbove || $0.depth < path.depth)
            }
            guard reaches else { throw requireAbove ? DomainError.forbidden : DomainError.notFound }
            let new = try step(record.domain)
            record.apply(new); record.updatedAt = context.now
            try await record.update(on: tx)
            try await audit.append(context.event(.duesReductionUpdated, target: "dues_reduction:\(id.rawValue)", school: new.schoolID,
                                                 detail: new.status.rawValue), on: tx)
            return new
        }
    }
}
