import Domain
import FluentKit
import FluentSQL
import Foundation
import SQLKit

/// 党费: reads, always through a Scope. A member sees their own; a branch secretary the branch; an organisation
/// administrator the subtree. Pages and the API judge months with the pure `DuesStatement`.
public struct DuesStore: Sendable {
    let database: any Database
    let audit: AuditLog

    /// The organisation a page is about: the one asked for (404 outside the scope), else the actor's first
    /// organisation in scope; nil for an actor who reaches none (a member: their own page only).
    public func organization(_ id: Organization.ID?, scope: Scope) async throws -> Organization? {
        let organizations = OrganizationStore(database: database, audit: audit)
        if let id { return try await organizations.find(id, scope: scope) }
        guard scope.isEverything || !scope.organizationPaths.isEmpty else { return nil }
        return try await organizations.list(scope: scope).first
    }

    /// Party members (预备 and 正式) of an organisation's subtree in scope, by number.
    public func members(under organization: Organization, scope: Scope, on db: (any Database)? = nil) async throws -> [DuesMember] {
        let records = try await PersonRecord.query(on: db ?? database).scoped(scope)
            .filter("organization_path", .contains(inverse: false, .prefix), organization.path.rawValue)
            .filter(\.$politicalStatus ~~ [PoliticalStatus.probationaryMember.rawValue, PoliticalStatus.fullMember.rawValue])
            .sort(\.$number).limit(20_000).all()
        return try await duesMembers(records, on: db ?? database)
    }

    /// One member in scope (404 otherwise, and for someone who is not a party member).
    public func member(_ id: Person.ID, scope: Scope, on db: (any Database)? = nil) async throws -> DuesMember {
        guard let record = try await PersonRecord.query(on: db ?? database).scoped(scope).filter(\.$id == id.rawValue).first(),
              let member = try await duesMembers([record], on: db ?? database).first,
              member.politicalStatus.isPartyMember else { throw DomainError.notFound }
        return member
    }

    /// The facts each member's statement is built from, over the months `from` through `through`.
    public func facts(of members: [DuesMember], from: YearMonth, through: YearMonth,
                      on db: (any Database)? = nil) async throws -> [DuesStatement.Facts] {
        let db = db ?? database
        var profiles: [UUID: [Int: DuesProfile]] = [:], reductions: [UUID: [DuesReduction]] = [:], payments: [UUID: [DuesPayment]] = [:]
        for chunk in members.map(\.personID.rawValue).chunked(500).map(Array.init) {
            for r in try await DuesProfileRecord.query(on: db).filter(\.$personID ~~ chunk)
                .filter(\.$year >= from.year).filter(\.$year <= through.year).all() { profiles[r.personID, default: [:]][r.year] = r.domain }
            for r in try await DuesReductionRecord.query(on: db).filter(\.$personID ~~ chunk)
                .filter(\.$toMonth >= from.iso).filter(\.$fromMonth <= through.iso).sort(\.$appliedAt).all() {
                reductions[r.personID, default: []].append(r.domain)
            }
            for r in try await DuesPaymentRecord.query(on: db).filter(\.$personID ~~ chunk)
                .filter(\.$month >= from.iso).filter(\.$month <= through.iso).all() { payments[r.personID, default: []].append(r.domain) }
        }
        return members.map { m in
            DuesStatement.Facts(personID: m.personID, kind: m.kind, firstMonth: m.firstMonth, profiles: profiles[m.personID.rawValue] ?? [:],
                                reductions: reductions[m.personID.rawValue] ?? [], payments: payments[m.personID.rawValue] ?? [])
        }
    }

    /// The current month in the school's time zone.
    public func currentMonth(of school: School.ID, now: Date) async throws -> YearMonth {
        YearMonth(try await today(of: school, now: now))
    }

    func today(of school: School.ID, now: Date) async throws -> LocalDate {
        try await SchoolStore(database: database).today(of: school, now: now)
    }

    func timeZone(of school: School.ID) async throws -> TimeZone {
        try await SchoolStore(database: database).timeZone(of: school)
    }

    /// Members with the month they owe from: admission as 预备党员, or arrival in their present organisation by transfer.
    private func duesMembers(_ records: [PersonRecord], on db: any Database) async throws -> [DuesMember] {
        var joined: [UUID: String] = [:]
        for chunk in records.compactMap(\.id).chunked(500).map(Array.init) {
            for t in try await TransferRecord.query(on: db).filter(\.$personID ~~ chunk).all() {
                guard records.first(where: { $0.id == t.personID })?.organizationID == t.toOrganizationID else { continue }
                joined[t.personID] = max(joined[t.personID] ?? "", t.date)
            }
        }
        return records.map { r in
            let status = PoliticalStatus(rawValue: r.politicalStatus) ?? .masses
            let first = DuesObligation.firstMonth(isMember: status.isPartyMember, admitted: r.probationaryDate.flatMap(LocalDate.init(iso:)),
                                                  joinedBranch: joined[r.id!].flatMap(LocalDate.init(iso:)))
            return DuesMember(personID: .init(r.id!), name: r.name, number: r.number, kind: Person.Kind(rawValue: r.kind) ?? .staff,
                              politicalStatus: status, organizationID: r.organizationID.map { .init($0) }, firstMonth: first)
        }
    }
}
