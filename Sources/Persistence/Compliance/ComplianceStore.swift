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
        let (root, organizations) = try await subtree(organizationID, scope: scope)
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

    /// The root of the board and its subtree in scope, parents first. Without an id the root is the highest
    /// organisation in scope, found in the same rows (a whole school's board reads its organisations once).
    func subtree(_ id: Organization.ID?, scope: Scope) async throws -> (Organization, [Organization]) {
        guard let id else {
            let (root, all) = try await highest(in: scope)
            return (root, all.filter { $0.schoolID == root.schoolID && root.path.contains($0.path) })
        }
        let root = try await OrganizationStore(database: database, audit: audit).find(id, scope: scope)
        let organizations = try await OrganizationRecord.query(on: database).scoped(scope)
            .filter(\.$schoolID == root.schoolID.rawValue)
            .filter("path", .contains(inverse: false, .prefix), root.path.rawValue).sort(\.$path).all().map(\.domain)
        return (root, organizations)
    }

    /// The organisation asked for, or the highest one the scope reaches.
    func root(_ id: Organization.ID?, scope: Scope) async throws -> Organization {
        if let id { return try await OrganizationStore(database: database, audit: audit).find(id, scope: scope) }
        return try await highest(in: scope).0
    }

    /// The highest organisation in scope (of the scope's school when it has one), with every organisation in scope.
    private func highest(in scope: Scope) async throws -> (Organization, [Organization]) {
        let query = OrganizationRecord.query(on: database).scoped(scope)
        if case .only(let schools) = scope.schools, schools.count == 1 { query.filter(\.$schoolID == schools.first!.rawValue) }
        let all = try await query.sort(\.$path).all().map(\.domain)
        let key = { (o: Organization) in (o.path.rawValue.count, o.path.rawValue) }
        guard let top = all.min(by: { key($0) < key($1) }) else { throw DomainError.notFound }
        return (top, all)
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
            .all()
        // Column by column: on a school's board the Decodable row decoder cost more than the query itself.
        var facts: [MeetingFact] = []
        facts.reserveCapacity(rows.count)
        for row in rows {
            guard let kind = MeetingKind(rawValue: try row.decode(column: "kind", as: String.self)),
                  let date = LocalDate(iso: try row.decode(column: "local_date", as: String.self)) else { continue }
            let missingText = try row.decode(column: "missing_elements", as: String.self)
            // Most meetings are complete: skip the JSON decoder for the common "[]".
            let missing = missingText == "[]" ? [] : JSONCoding.decode([RequiredElement].self, missingText) ?? []
            facts.append(MeetingFact(meetingID: .init(try row.decode(column: "meeting_id", as: UUID.self)),
                                     organizationID: .init(try row.decode(column: "organization_id", as: UUID.self)),
                                     kind: kind, date: date, missingElements: missing))
        }
        return facts
    }
}
