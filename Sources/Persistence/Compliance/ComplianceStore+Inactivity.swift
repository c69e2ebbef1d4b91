import Domain
import FluentKit
import Foundation
import SQLKit

extension ComplianceStore {
    /// Members under an organisation in scope who have not attended for six months or more.
    public func absentMembers(under organizationID: Organization.ID?, today: LocalDate, scope: Scope) async throws -> [Inactivity.Member] {
        let root = try await root(organizationID, scope: scope)
        let sql = database as! any SQLDatabase
        let rows = try await sql.select()
            .column(SQLColumn("id", table: "p")).column(SQLColumn("name", table: "p"))
            .column(SQLColumn("organization_id", table: "p")).column(SQLColumn("organization_path", table: "p"))
            .column(SQLColumn("probationary_date", table: "p")).column(SQLColumn("full_date", table: "p"))
            .column(SQLFunction("MAX", args: SQLColumn("local_date", table: "a")), as: "last_present")
            .from(SQLAlias(SQLIdentifier("people"), as: SQLIdentifier("p")))
            .join(SQLAlias(SQLIdentifier("meeting_attendance"), as: SQLIdentifier("a")), method: SQLJoinMethod.left,
                  on: SQLQueryString("a.person_id = p.id AND a.status = \(bind: Attendance.Status.present.rawValue)"))
            .where(SQLColumn("school_id", table: "p"), .equal, SQLBind(root.schoolID.rawValue))
            .where(SQLColumn("organization_path", table: "p"), .like, SQLBind(root.path.subtreePattern))
            .where(SQLColumn("political_status", table: "p"), .in,
                   SQLBind.group([PoliticalStatus.probationaryMember.rawValue, PoliticalStatus.fullMember.rawValue]))
            .groupBy(SQLColumn("id", table: "p")).groupBy(SQLColumn("name", table: "p"))
            .groupBy(SQLColumn("organization_id", table: "p")).groupBy(SQLColumn("organization_path", table: "p"))
            .groupBy(SQLColumn("probationary_date", table: "p")).groupBy(SQLColumn("full_date", table: "p"))
            .all(decoding: MemberRow.self)
        let members = rows.filter { row in
            scope.isEverything || scope.organizationPaths.contains { $0.contains(TreePath(rawValue: row.organization_path ?? "")) }
        }.map { row in
            Inactivity.Member(personID: .init(row.id), name: row.name, organizationID: row.organization_id.map { .init($0) },
                              memberSince: (row.probationary_date ?? row.full_date).flatMap(LocalDate.init(iso:)),
                              lastPresent: row.last_present.flatMap(LocalDate.init(iso:)))
        }
        return Inactivity.absentMembers(members, today: today)
    }

    /// Branches under an organisation in scope without a held meeting for three months or more.
    public func quietBranches(under organizationID: Organization.ID?, today: LocalDate, scope: Scope) async throws -> [Inactivity.Branch] {
        let (root, organizations) = try await subtree(organizationID, scope: scope)
        let branches = organizations.filter { $0.kind == .branch }
        let rows = try await (database as! any SQLDatabase).select().column("organization_id")
            .column(SQLFunction("MAX", args: SQLIdentifier("local_date")), as: "last_date")
            .from(MeetingOrganizationRecord.schema)
            .where("school_id", .equal, SQLBind(root.schoolID.rawValue))
            .where("status", .equal, SQLBind(Meeting.Status.held.rawValue))
            .where("local_date", .lessThanOrEqual, SQLBind(today.iso))
            .where("organization_path", .like, SQLBind(root.path.subtreePattern))
            .groupBy("organization_id").all(decoding: LastRow.self)
        let last = Dictionary(uniqueKeysWithValues: rows.compactMap { row in LocalDate(iso: row.last_date).map { (Organization.ID(row.organization_id), $0) } })
        return Inactivity.quietBranches(branches.map(Self.subject), lastMeeting: last, today: today)
    }

    struct MemberRow: Decodable {
        var id: UUID; var name: String; var organization_id: UUID?; var organization_path: String?
        var probationary_date: String?; var full_date: String?; var last_present: String?
    }

    struct LastRow: Decodable { var organization_id: UUID; var last_date: String }
}
