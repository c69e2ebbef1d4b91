import Domain
import FluentKit
import Foundation

extension PointsStore {
    /// Where a member stands in a period: their points, and their rank in their branch, college and school.
    public struct Standing: Sendable {
        public struct Place: Sendable {
            public var organization: Organization
            public var rank: Int?
            public var of: Int
        }
        public var points: Int
        public var places: [Place]
    }

    /// The member's own standing (in scope), with the rankings of the organisations above them.
    public func standing(of person: Person.ID, period: Period, scope: Scope) async throws -> Standing {
        _ = try await self.person(person, scope: scope)
        let points = try await balances(of: [person], period: period)[person] ?? 0
        var places: [Standing.Place] = []
        for organization in try await rankedOrganizations(of: person) {
            let ranking = try await ranking(of: organization, period: period)
            places.append(.init(organization: organization, rank: ranking.rank(of: person), of: ranking.lines.count))
        }
        return Standing(points: points, places: places)
    }

    /// The member's branch, college and school: their own organisation, the second level of its path and the
    /// root, most local first, without repeats.
    func rankedOrganizations(of person: Person.ID) async throws -> [Organization] {
        guard let record = try await PersonRecord.query(on: database).filter(\.$id == person.rawValue).first(),
              let own = record.organizationID, let path = record.organizationPath else { return [] }
        let segments = path.split(separator: "/").map(String.init)
        let ancestors = [segments.first, segments.count > 2 ? segments[1] : nil].compactMap { $0 }.compactMap(UUID.init(uuidString:))
        let ids = [own] + ancestors.reversed()
        let records = try await OrganizationRecord.query(on: database).filter(\.$id ~~ ids).all()
        var seen = Set<UUID>()
        return ids.filter { seen.insert($0).inserted }.compactMap { id in records.first { $0.id == id }?.domain }
    }

    /// An organisation whose ranking the actor may read: one in their scope, or one they belong to (their branch,
    /// college or school: a member sees the rankings they stand in). Anything else is a 404.
    public func rankableOrganization(_ id: Organization.ID, actor: Actor) async throws -> Organization {
        guard let record = try await OrganizationRecord.query(on: database).filter(\.$id == id.rawValue).first(),
              actor.scope.includes(school: .init(record.schoolID)) else { throw DomainError.notFound }
        let organization = record.domain
        if actor.scope.includes(organizationPath: organization.path) { return organization }
        if let me = actor.personID, try await rankedOrganizations(of: me).contains(where: { $0.id == id }) { return organization }
        throw DomainError.notFound
    }

    /// The organisation a ranking shows when none is asked for: the actor's branch, else the top of their scope.
    public func defaultRankedOrganization(actor: Actor) async throws -> Organization? {
        if let me = actor.personID, let own = try await rankedOrganizations(of: me).first { return own }
        guard let school = actor.schoolID else { return nil }
        let query = OrganizationRecord.query(on: database).scoped(actor.scope).filter(\.$schoolID == school.rawValue)
        return try await query.sort(\.$path).first()?.domain
    }
}
