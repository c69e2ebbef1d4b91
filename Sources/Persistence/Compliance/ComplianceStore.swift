import Domain
import FluentKit
import Foundation
import SQLKit

/// The 工作欠账 board of an organisation's subtree for a year, and the escalation lists (RULES.md §1, §2).
/// Aggregates read with SQLKit: the board of a whole school is one query for organisations and one for meetings.
public struct ComplianceStore: Sendable {
    let database: any Database
    let audit: AuditLog

    public struct Report: Sendable {
        /// The organisation the board is for, and every organisation of its subtree in the actor's scope.
        public var root: Organization
        public var organizations: [Organization]
        public var subjects: [ComplianceSubject]
        public var cells: [ComplianceCell]
        public var totals: [TreePath: ComplianceTotals]
        public var rules: MeetingRules
        public var year: Int
        public var today: LocalDate
    }

    /// The board under an organisation in scope (or the actor's top organisation) for a year, as of today.
    public func board(under organizationID: Organization.ID?, year: Int, today: LocalDate, scope: Scope) async throws -> Report {
        let root = try await root(organizationID, scope: scope)
        let organizations = try await OrganizationRecord.query(on: database).scoped(scope)
            .filter(\.$schoolID == root.schoolID.rawValue)
            .filter("path", .contains(inverse: false, .prefix), root.path.rawValue).sort(\.$path).all().map(\.domain)
        let subjects = organizations.filter { $0.kind == .branch || $0.kind == .group }.map(Self.subject)
        let rules = try await MeetingRulesStore(database: database, audit: audit).rules(of: root.schoolID)
        let facts = try await facts(schoolID: root.schoolID, under: root.path, from: LocalDate(year: year, month: 1, day: 1)!,
                                    to: LocalDate(year: year, month: 12, day: 31)!)
        let cells = ComplianceBoard(rules: rules, year: year, today: today).cells(for: subjects, facts: facts)
        let paths = Dictionary(uniqueKeysWithValues: organizations.map { ($0.id, $0.path) })
        return Report(root: root, organizations: organizations, subjects: subjects, cells: cells,
                      totals: ComplianceTotals.rollUp(cells, paths: paths), rules: rules, year: year, today: today)
    }

    static func subject(_ o: Organization) -> ComplianceSubject {
        ComplianceSubject(id: o.id, kind: o.kind, name: o.name, path: o.path, foundedOn: o.foundedOn, dissolvedOn: o.dissolvedOn)
    }

    /// The organisation asked for, or the highest one the scope reaches.
    func root(_ id: Organization.ID?, scope: Scope) async throws -> Organization {
        let store = OrganizationStore(database: database, audit: audit)
        if let id { return try await store.find(id, scope: scope) }
        let query = OrganizationRecord.query(on: database).scoped(scope)
        if case .only(let schools) = scope.schools, schools.count == 1 { query.filter(\.$schoolID == schools.first!.rawValue) }
        let all = try await query.sort(\.$path).all()
        guard let top = all.min(by: { ($0.path.count, $0.path) < ($1.path.count, $1.path) }) else { throw DomainError.notFound }
        return top.domain
    }

    /// Held meetings of the subtree in a date range, one fact per organisation taking part.
    func facts(schoolID: School.ID, under path: TreePath, from: LocalDate, to: LocalDate) async throws -> [MeetingFact] {
        let rows = try await (database as! any SQLDatabase).select()
            .column("meeting_id").column("organization_id").column("kind").column("local_date").column("missing_elements")
            .from(MeetingOrganizationRecord.schema)
            .where("school_id", .equal, SQLBind(schoolID.rawValue))
            .where("status", .equal, SQLBind(Meeting.Status.held.rawValue))
            .where("local_date", .greaterThanOrEqual, SQLBind(from.iso)).where("local_date", .lessThanOrEqual, SQLBind(to.iso))
            .where("organization_path", .like, SQLBind(path.subtreePattern))
            .all(decoding: FactRow.self)
        return rows.compactMap { row in
            guard let kind = MeetingKind(rawValue: row.kind), let date = LocalDate(iso: row.local_date) else { return nil }
            // Most meetings are complete: skip the JSON decoder for the common "[]".
            let missing = row.missing_elements == "[]" ? [] : JSONCoding.decode([RequiredElement].self, row.missing_elements) ?? []
            return MeetingFact(meetingID: .init(row.meeting_id), organizationID: .init(row.organization_id), kind: kind,
                               date: date, missingElements: missing)
        }
    }

    struct FactRow: Decodable {
        var meeting_id: UUID; var organization_id: UUID; var kind: String; var local_date: String; var missing_elements: String
    }
}
