import Domain
import FluentKit
import Foundation
import SQLKit

/// The reads a ledger write needs inside its transaction: the member's lock, what they have earned by a rule,
/// the school's frozen years and rules. Shared by `PointAwards` and `PointsStore`.
enum PointLedgerSQL {
    /// Serialises the writes of one member: a no-op UPDATE of their `people` row takes its row lock on PostgreSQL
    /// (held to the end of the transaction), so the sums read next include every entry committed before; SQLite's
    /// single writer does the same for free. The school's audit chain head is locked first, as every audited write
    /// does when it appends, so that the two locks are always taken in the same order (no deadlock with a ticket or
    /// meeting write that has already appended its event).
    static func lockMember(_ person: Person.ID, school: School.ID, on tx: any Database) async throws {
        let sql = tx as! any SQLDatabase
        let chain = AuditLog.chain(of: school)
        try await sql.insert(into: "audit_heads").columns("chain", "sequence", "hash")
            .values(SQLBind(chain), SQLBind(Int64(0)), SQLBind("")).ignoringConflicts().run()
        try await sql.update("audit_heads").set("sequence", to: SQLColumn("sequence")).where("chain", .equal, chain).run()
        try await sql.update("people").set("updated_at", to: SQLColumn("updated_at"))
            .where("id", .equal, SQLBind(person.rawValue)).run()
    }

    /// Counted points of a member by one event on a day and in its month (corrections included).
    static func earned(_ person: Person.ID, event: PointEvent, day: LocalDate, on tx: any Database) async throws -> PointLedger.Earned {
        let row = try await (tx as! any SQLDatabase).select()
            .column(SQLAlias(SQLQueryString("CAST(COALESCE(SUM(CASE WHEN \(ident: "day") = \(bind: day.iso) THEN \(ident: "points") ELSE 0 END), 0) AS BIGINT)"),
                             as: SQLIdentifier("today")))
            .column(SQLAlias(SQLQueryString("CAST(COALESCE(SUM(\(ident: "points")), 0) AS BIGINT)"), as: SQLIdentifier("month")))
            .from(PointEntryRecord.schema)
            .where("person_id", .equal, SQLBind(person.rawValue)).where("event", .equal, SQLBind(event.rawValue))
            .where("year", .equal, SQLBind(day.year)).where("month", .equal, SQLBind(day.month))
            .where("status", .equal, SQLBind(PointStatus.approved.rawValue))
            .first(decoding: Sums.self)
        return PointLedger.Earned(today: Int(row?.today ?? 0), thisMonth: Int(row?.month ?? 0))
    }

    static func frozenYears(of school: School.ID, on db: any Database) async throws -> Set<Int> {
        Set(try await PointArchiveRecord.query(on: db).filter(\.$schoolID == school.rawValue).all().map(\.year))
    }

    static func rule(_ event: PointEvent, school: School.ID, on db: any Database) async throws -> PointRule? {
        try await PointRuleRecord.query(on: db).filter(\.$schoolID == school.rawValue).filter(\.$event == event.rawValue)
            .first()?.domain
    }

    static func exists(_ person: Person.ID, event: PointEvent, source: String, on tx: any Database) async throws -> Bool {
        try await PointEntryRecord.query(on: tx).filter(\.$personID == person.rawValue).filter(\.$event == event.rawValue)
            .filter(\.$source == source).count() > 0
    }

    struct Sums: Decodable { var today: Int64; var month: Int64 }
}
