import Domain
import FluentKit
import FluentSQL
import Foundation
import SQLKit

/// 党员先锋岗 / 党员示范岗 on display (亮身份): shown to everyone at the school, like the pledge wall.
extension PledgeStore {
    /// The posts held by members of the actor's schools (of one organisation's subtree, if given), vanguard first,
    /// each with its holder's published pledges of the periods that include `today`.
    public func postHolders(organization: Organization.ID?, today: LocalDate, actor: Actor, limit: Int = 1_000) async throws -> [PostHolder] {
        let people = PersonRecord.query(on: database).restrict(to: actor.scope.schools, schoolKey: "school_id")
        if let organization {
            guard let org = try await OrganizationRecord.query(on: database).restrict(to: actor.scope.schools, schoolKey: "school_id")
                .filter(\.$id == organization.rawValue).first() else { throw DomainError.notFound }
            people.filter("organization_path", .contains(inverse: false, .prefix), org.path)
        }
        let holders = try await people.join(PostRecord.self, on: \PersonRecord.$id == \PostRecord.$personID)
            .sort(PostRecord.self, \.$kind, .descending).sort(\.$name).limit(limit).all()
        let ids = holders.compactMap(\.id)
        let pledges = ids.isEmpty ? [] : try await PledgeRecord.query(on: database).scoped(actor.scope, owner: nil)
            .filter(\.$personID ~~ ids).filter(\.$periodStart <= today.iso).filter(\.$periodEnd >= today.iso)
            .sort(\.$publishedAt).all().map(\.domain)
        let byPerson = Dictionary(grouping: pledges, by: \.personID)
        return try holders.map { person in
            let post = try person.joined(PostRecord.self).domain
            return PostHolder(post: post, personID: .init(person.id!), name: person.name,
                              organizationID: person.organizationID.map { .init($0) }, pledges: byPerson[.init(person.id!)] ?? [])
        }
    }
}

extension PledgeStore {
    /// The organisations whose walls the actor may open: every committee and branch of their schools, by path
    /// (the wall is public within the school, whatever the actor's own scope reaches).
    public func wallOrganizations(actor: Actor) async throws -> [Organization] {
        try await OrganizationRecord.query(on: database).restrict(to: actor.scope.schools, schoolKey: "school_id")
            .filter(\.$kind != Organization.Kind.group.rawValue).sort(\.$path).all().map(\.domain)
    }
}
