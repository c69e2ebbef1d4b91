import Domain
import FluentKit
import FluentSQL
import Foundation
import SQLKit

/// 积分制: the points ledger, its rules, rankings, yearly archives and 推优选先. Every read takes a Scope; every
/// write commits with its audit event, after taking the member's lock (see `PointLedgerSQL.lockMember`).
public struct PointsStore: Sendable {
    let database: any Database
    let audit: AuditLog

    public init(database: any Database, audit: AuditLog) { self.database = database; self.audit = audit }

    public struct Filter: Sendable, Equatable {
        public var personID: Person.ID?
        public var status: PointStatus?
        public var year: Int?
        public init(personID: Person.ID? = nil, status: PointStatus? = nil, year: Int? = nil) {
            self.personID = personID; self.status = status; self.year = year
        }
    }

    /// Entries in scope, newest day first. A person outside the scope gives an empty page, like a missing one.
    public func ledger(_ filter: Filter, page: ListRequest, scope: Scope) async throws -> ListPage<PointEntry> {
        let query = PointEntryRecord.query(on: database).scoped(scope)
        if let person = filter.personID { query.filter(\.$personID == person.rawValue) }
        if let status = filter.status { query.filter(\.$status == status.rawValue) }
        if let year = filter.year { query.filter(\.$year == year) }
        let total = try await query.count()
        let records = try await query.copy().sort(\.$day, .descending).sort(\.$createdAt, .descending)
            .range(page.offset..<(page.offset + page.size)).all()
        return ListPage(items: records.map(\.domain), number: page.number, size: page.size, total: total)
    }

    public func entry(_ id: PointEntry.ID, scope: Scope) async throws -> PointEntry {
        try await record(id, scope: scope).domain
    }

    func record(_ id: PointEntry.ID, scope: Scope, on db: (any Database)? = nil) async throws -> PointEntryRecord {
        guard let record = try await PointEntryRecord.query(on: db ?? database).scoped(scope).filter(\.$id == id.rawValue).first()
        else { throw DomainError.notFound }
        return record
    }

    /// A person in scope, as a ledger's subject: 404 outside it.
    public func person(_ id: Person.ID, scope: Scope) async throws -> (name: String, number: String, organizationID: Organization.ID?) {
        guard let p = try await PersonRecord.query(on: database).scoped(scope).filter(\.$id == id.rawValue).first()
        else { throw DomainError.notFound }
        return (p.name, p.number, p.organizationID.map { .init($0) })
    }

    /// A person in scope found by 学工号, for a secretary's proposal; a clear refusal otherwise.
    public func person(number: String, school: School.ID, scope: Scope) async throws -> Person.ID {
        let number = number.trimmingCharacters(in: .whitespaces)
        guard !number.isEmpty, let p = try await PersonRecord.query(on: database).scoped(scope)
            .filter(\.$schoolID == school.rawValue).filter(\.$number == number).first(), let id = p.id else {
            throw DomainError.invalid(field: "number", message: Message(zh: "在你的管理范围内找不到该学工号", en: "No one in your scope has this number"))
        }
        return Person.ID(id)
    }

    /// Names of the people of entries already read in scope.
    public func names(of ids: Set<Person.ID>) async throws -> [Person.ID: String] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await PersonRecord.query(on: database).filter(\.$id ~~ ids.map(\.rawValue)).all()
        return Dictionary(uniqueKeysWithValues: rows.map { (Person.ID($0.id!), $0.name) })
    }

    func today(of school: School.ID, now: Date) async throws -> LocalDate {
        try await SchoolStore(database: database).today(of: school, now: now)
    }
}
