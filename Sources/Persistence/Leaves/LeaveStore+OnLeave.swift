import Domain
import FluentKit
import FluentSQL
import Foundation
import SQLKit

/// Who is away on a day: the one definition the daily reports' expected count and the ledger's "off campus
/// today" view share. A person is ON LEAVE on day D when their line is approved, left or returned, D lies within
/// its days, and they had not yet come back on D (a return on D means they report on D).
extension LeaveStore {
    /// The predicate, on the columns of `leave_applications`; the only copy of it.
    static func onLeave(_ day: LocalDate) -> SQLQueryString {
        let d = day.iso
        return """
            (\(ident: "status") IN ('approved', 'left', 'returned') AND \(ident: "first_day") <= \(bind: d) \
            AND \(ident: "last_day") >= \(bind: d) AND (\(ident: "returned_day") IS NULL OR \(ident: "returned_day") > \(bind: d)))
            """
    }

    /// People on leave on `day`, counted per class (the class they applied from). Scope-free: the daily-report
    /// summary applies its own scope to the classes it shows. A person with two overlapping lines counts once.
    public func onLeaveCounts(school: School.ID, day: LocalDate) async throws -> [UUID: Int] {
        let rows = try await (database as! any SQLDatabase).select()
            .column("class_id").column(SQLAlias(SQLRaw("COUNT(DISTINCT person_id)"), as: SQLIdentifier("n")))
            .from(LeaveRecord.schema)
            .where("school_id", .equal, SQLBind(school.rawValue)).where("class_id", .isNot, SQLLiteral.null)
            .where(Self.onLeave(day)).groupBy("class_id")
            .all(decoding: CountRow.self)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.class_id, $0.n) })
    }

    /// The people on leave on `day`, optionally only those filed under a grid subtree. Scope-free, like the counts.
    public func onLeavePersonIDs(school: School.ID, day: LocalDate, gridPath: TreePath?) async throws -> Set<UUID> {
        let query = (database as! any SQLDatabase).select().distinct().column("person_id").from(LeaveRecord.schema)
            .where("school_id", .equal, SQLBind(school.rawValue)).where(Self.onLeave(day))
        if let gridPath { query.where("grid_path", .like, SQLBind(gridPath.subtreePattern)) }
        return Set(try await query.all(decoding: PersonIDRow.self).map(\.person_id))
    }

    /// The 离校 view: every line in the actor's scope that has its traveller away on `day`, by first day.
    public func away(on day: LocalDate, actor: Actor, limit: Int = 5_000) async throws -> [LeaveApplication] {
        try await LeaveRecord.query(on: database).scoped(actor.scope).filter(.sql(embed: Self.onLeave(day)))
            .sort(\.$lastDay).sort(\.$firstDay).limit(limit).all().map(\.domain)
    }

    private struct CountRow: Decodable { var class_id: UUID; var n: Int }
    private struct PersonIDRow: Decodable { var person_id: UUID }
}
