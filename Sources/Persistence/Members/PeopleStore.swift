import Domain
import FluentKit
import Foundation

public struct PeopleStore: Sendable {
    let database: any Database
    let keyring: Keyring
    let audit: AuditLog

    /// What a list is narrowed to, besides the scope.
    public struct Filter: Sendable, Equatable {
        public var query: String?
        public var organizationID: Organization.ID?
        public var gridUnitID: GridUnit.ID?
        public var politicalStatus: PoliticalStatus?
        public var kind: Person.Kind?
        public init(query: String? = nil, organizationID: Organization.ID? = nil, gridUnitID: GridUnit.ID? = nil,
                    politicalStatus: PoliticalStatus? = nil, kind: Person.Kind? = nil) {
            self.query = query; self.organizationID = organizationID; self.gridUnitID = gridUnitID
            self.politicalStatus = politicalStatus; self.kind = kind
        }
    }

    public func list(_ filter: Filter, page: ListRequest, scope: Scope) async throws -> ListPage<Person> {
        let query = try await filtered(filter, scope: scope)
        let total = try await query.count()
        let records = try await query.copy().sort(\.$number).range(page.offset..<(page.offset + page.size)).all()
        return ListPage(items: records.map { $0.domain() }, number: page.number, size: page.size, total: total)
    }

    /// Every matching person, for exports; at most `limit` rows.
    public func all(_ filter: Filter, scope: Scope, limit: Int = 200_000) async throws -> [Person] {
        try await filtered(filter, scope: scope).sort(\.$number).limit(limit).all().map { $0.domain() }
    }

    public func find(_ id: Person.ID, scope: Scope) async throws -> Person {
        let record = try await record(id, scope: scope)
        let posts = try await PostRecord.query(on: database).filter(\.$personID == id.rawValue).sort(\.$createdAt).all()
        return record.domain(posts: posts.map(\.domain))
    }

    func record(_ id: Person.ID, scope: Scope) async throws -> PersonRecord {
        guard let record = try await PersonRecord.query(on: database).scoped(scope).filter(\.$id == id.rawValue).first()
        else { throw DomainError.notFound }
        return record
    }

    private func filtered(_ filter: Filter, scope: Scope) async throws -> QueryBuilder<PersonRecord> {
        let query = PersonRecord.query(on: database).scoped(scope)
        if let id = filter.organizationID {
            let organization = try await OrganizationStore(database: database, audit: audit).find(id, scope: scope)
            query.filter("organization_path", .contains(inverse: false, .prefix), organization.path.rawValue)
        }
        if let id = filter.gridUnitID {
            let unit = try await GridStore(database: database).find(id, scope: scope)
            if unit.kind == .dorm { query.filter(\.$dormID == id.rawValue) }
            else { query.filter("grid_path", .contains(inverse: false, .prefix), unit.path.rawValue) }
        }
        if let status = filter.politicalStatus { query.filter(\.$politicalStatus == status.rawValue) }
        if let kind = filter.kind { query.filter(\.$kind == kind.rawValue) }
        if let text = filter.query?.trimmingCharacters(in: .whitespaces), !text.isEmpty { search(query, for: text) }
        return query
    }

    /// Name by substring, 学工号 by prefix. Personal numbers are never searched from a list's filter
    /// (it travels in URLs): `lookup` finds them by keyed hash instead.
    private func search(_ query: QueryBuilder<PersonRecord>, for text: String) {
        query.group(.or) { or in
            or.filter(\.$name, .contains(inverse: false, .anywhere), text)
            or.filter(\.$number, .contains(inverse: false, .prefix), text)
        }
    }

    /// Finds people in scope by a whole ID or mobile number, compared by keyed hash, never in the clear.
    public func lookup(personalNumber text: String, scope: Scope) async throws -> [Person] {
        let hashes = [(try? IDNumber(text))?.value, (try? PhoneNumber(text))?.value].compactMap { $0 }.map(keyring.lookupHash)
        guard !hashes.isEmpty else {
            throw DomainError.invalid(field: "number", message: Message(zh: "请输入完整的身份证号或手机号", en: "Enter a whole ID or mobile number"))
        }
        return try await PersonRecord.query(on: database).scoped(scope).group(.or) { or in
            or.filter(\.$idNumberHash ~~ hashes)
            or.filter(\.$phoneHash ~~ hashes)
        }.limit(50).all().map { $0.domain() }
    }
}
