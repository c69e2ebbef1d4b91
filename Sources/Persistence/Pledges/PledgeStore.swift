import Domain
import FluentKit
import FluentSQL
import Foundation
import SQLKit

/// 践诺制: pledges, their reports, comments and ratings. Reads go through `scoped(_:owner:)`: the wall is the
/// school's, a draft its owner's; who may change what is `PledgeTransition`'s rule, for the party `party` derives.
public struct PledgeStore: Sendable {
    let database: any Database
    let audit: AuditLog

    public struct Filter: Sendable, Equatable {
        /// Only pledges of this organisation's subtree (a branch's wall, a college's).
        public var organizationID: Organization.ID?
        public var period: PledgePeriod?
        public var status: PledgeStatus?
        /// Only the actor's own, drafts included.
        public var mine: Bool
        /// Leave out drafts, even the actor's own (the wall).
        public var publicOnly: Bool

        public init(organizationID: Organization.ID? = nil, period: PledgePeriod? = nil, status: PledgeStatus? = nil,
                    mine: Bool = false, publicOnly: Bool = false) {
            self.organizationID = organizationID; self.period = period; self.status = status; self.mine = mine
            self.publicOnly = publicOnly
        }
    }

    /// Newest published first; the actor's drafts (on their own list) before everything.
    public func list(_ filter: Filter, page: ListRequest, actor: Actor) async throws -> ListPage<PledgeSummary> {
        let query = try await filtered(filter, actor: actor)
        let total = try await query.count()
        let records = try await query.copy().sort(.sql(embed: "CASE WHEN \(ident: "status") = 'draft' THEN 0 ELSE 1 END"), .ascending)
            .sort(\.$publishedAt, .descending).sort(\.$createdAt, .descending)
            .range(page.offset..<(page.offset + page.size)).all()
        return ListPage(items: try await summaries(records.map(\.domain)), number: page.number, size: page.size, total: total)
    }

    public func find(_ id: Pledge.ID, actor: Actor) async throws -> Pledge {
        try await record(id, actor: actor).domain
    }

    func record(_ id: Pledge.ID, actor: Actor, on db: (any Database)? = nil) async throws -> PledgeRecord {
        guard let record = try await PledgeRecord.query(on: db ?? database).scoped(actor.scope, owner: actor.personID)
            .filter(\.$id == id.rawValue).first() else { throw DomainError.notFound }
        return record
    }

    /// How the actor stands to a pledge they can see: owner, committee of its branch (by their seat), secretary, the masses.
    public func party(_ pledge: Pledge, actor: Actor) async throws -> PledgeParty {
        PledgeParty.of(pledge, actor: actor, seat: try await seat(of: actor))
    }

    /// The actor's seat on a branch committee, from their party record. A seat on a college or school committee is
    /// no seat on the branches below it: only the branch committee appraises.
    func seat(of actor: Actor) async throws -> PledgeParty.Seat? {
        guard let personID = actor.personID,
              let person = try await PersonRecord.query(on: database).filter(\.$id == personID.rawValue).first(),
              let role = person.committeeRole.flatMap(CommitteeRole.init(rawValue:)), let organizationID = person.organizationID,
              let branch = try await OrganizationRecord.query(on: database).filter(\.$id == organizationID)
                .filter(\.$kind == Organization.Kind.branch.rawValue).first()
        else { return nil }
        return PledgeParty.Seat(role: role, organizationPath: TreePath(rawValue: branch.path))
    }

    private func filtered(_ filter: Filter, actor: Actor) async throws -> QueryBuilder<PledgeRecord> {
        let query = PledgeRecord.query(on: database).scoped(actor.scope, owner: actor.personID)
        if let id = filter.organizationID {
            // Any organisation of the actor's schools: the wall is public there; another school's is a 404.
            guard let org = try await OrganizationRecord.query(on: database).restrict(to: actor.scope.schools, schoolKey: "school_id")
                .filter(\.$id == id.rawValue).first() else { throw DomainError.notFound }
            query.filter("organization_path", .contains(inverse: false, .prefix), org.path)
        }
        if let period = filter.period { query.filter(\.$periodCode == period.code) }
        if let status = filter.status { query.filter(\.$status == status.rawValue) }
        if filter.publicOnly { query.filter(\.$status != PledgeStatus.draft.rawValue) }
        if filter.mine { query.filter(\.$personID == (actor.personID?.rawValue ?? UUID())) }
        return query
    }
}
