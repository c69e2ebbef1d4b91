import Domain
import FluentKit
import Foundation

extension DuesStore {
    /// The months of the subtree's members for a year (the branch's page, the API's list).
    public func sheet(under organization: Organization, year: Int, scope: Scope, now: Date) async throws -> DuesSheet {
        let current = try await currentMonth(of: organization.schoolID, now: now)
        let members = try await members(under: organization, scope: scope)
        return try await sheet(organization, members: members, year: year, current: current)
    }

    /// One member's own year (the member's page).
    public func statement(of person: Person.ID, year: Int, scope: Scope, now: Date) async throws -> (member: DuesMember, sheet: DuesSheet) {
        let member = try await member(person, scope: scope)
        guard let record = try await PersonRecord.query(on: database).filter(\.$id == person.rawValue).first() else { throw DomainError.notFound }
        let current = try await currentMonth(of: .init(record.schoolID), now: now)
        var organization = Organization(id: .init(UUID()), schoolID: .init(record.schoolID), parentID: nil, kind: .branch, name: "—", path: .root)
        if let id = member.organizationID, let own = try await OrganizationRecord.query(on: database).filter(\.$id == id.rawValue).first() {
            organization = own.domain
        }
        return (member, try await sheet(organization, members: [member], year: year, current: current))
    }

    /// Members with months owed and unpaid over the last two years (across year ends), most consecutive first.
    public func arrears(under organization: Organization, scope: Scope, now: Date) async throws -> [DuesArrearsLine] {
        let current = try await currentMonth(of: organization.schoolID, now: now)
        let members = try await members(under: organization, scope: scope)
        let months = YearMonth.range(current.adding(months: -23), through: current)
        let facts = try await facts(of: members, from: months[0], through: current)
        return zip(members, facts).map { member, facts in
            DuesArrearsLine(member: member, arrears: DuesArrears.of(DuesStatement.build(facts, months: months, current: current), current: current))
        }
        .filter { !$0.arrears.months.isEmpty }
        .sorted { ($0.arrears.consecutive, $0.arrears.months.count, $1.member.number) > ($1.arrears.consecutive, $1.arrears.months.count, $0.member.number) }
    }

    private func sheet(_ organization: Organization, members: [DuesMember], year: Int, current: YearMonth) async throws -> DuesSheet {
        let months = YearMonth.months(of: year)
        guard let first = months.first, let last = months.last else { throw DomainError.invalid(field: "year", message: Message(zh: "年度无效", en: "Bad year")) }
        let facts = try await facts(of: members, from: first, through: last)
        var statements: [Person.ID: DuesStatement] = [:], profiles: [Person.ID: DuesProfile] = [:]
        for f in facts {
            statements[f.personID] = DuesStatement.build(f, months: months, current: current)
            profiles[f.personID] = f.profile(for: year)
        }
        return DuesSheet(organization: organization, year: year, current: current, members: members, statements: statements, profiles: profiles)
    }
}
