import Domain
import FluentKit
import Foundation
import SQLKit

extension TicketStore {
    static let tallyColumns: [(column: String, value: KeyPath<TicketTally, Int>)] = [
        ("received", \.received), ("answered", \.answered), ("answered_on_spot", \.answeredOnSpot),
        ("answered_on_time", \.answeredOnTime), ("answered_late", \.answeredLate), ("rated", \.rated),
        ("rating_sum", \.ratingSum), ("answer_seconds", \.answerSeconds),
    ]

    /// Moves a ticket's contribution to the daily figures from what it was to what it is, inside the caller's
    /// transaction (a transfer moves it between departments, a merge takes it away).
    func tally(from old: Ticket?, to new: Ticket, timeZone: TimeZone, on tx: any Database) async throws {
        let day = LocalDate(new.submittedAt, in: timeZone).iso
        var deltas: [(Department.ID, TicketTally)] = []
        if let old, old.departmentID != new.departmentID {
            deltas = [(old.departmentID, -TicketTally(old)), (new.departmentID, TicketTally(new))]
        } else {
            deltas = [(new.departmentID, TicketTally(new) - (old.map(TicketTally.init) ?? TicketTally()))]
        }
        let sql = tx as! any SQLDatabase
        for (department, delta) in deltas where !delta.isZero {
            try await sql.insert(into: "ticket_day_counts")
                .columns(["school_id", "department_id", "day"] + Self.tallyColumns.map(\.column))
                .values([SQLBind(new.schoolID.rawValue), SQLBind(department.rawValue), SQLBind(day)]
                        + Self.tallyColumns.map { SQLBind(delta[keyPath: $0.value]) })
                .onConflict(with: ["school_id", "day", "department_id"]) { update in
                    Self.tallyColumns.reduce(update) { $0.set(SQLColumn($1.column), to: SQLRaw("ticket_day_counts.\($1.column) + excluded.\($1.column)")) }
                }
                .run()
        }
    }

    /// Recomputes a school's daily figures from its tickets (after a bulk load, or to check the running sums).
    public func rebuildTallies(school: School.ID) async throws {
        try await database.writing { tx in
            let sql = tx as! any SQLDatabase
            try await sql.delete(from: "ticket_day_counts").where("school_id", .equal, SQLBind(school.rawValue)).run()
            try await sql.raw("""
                INSERT INTO ticket_day_counts (school_id, department_id, day, received, answered, answered_on_spot, \
                answered_on_time, answered_late, rated, rating_sum, answer_seconds) \
                SELECT school_id, department_id, submitted_on, COUNT(*), \
                SUM(CASE WHEN answered_at IS NOT NULL THEN 1 ELSE 0 END), \
                SUM(CASE WHEN answered_at IS NOT NULL AND answered_on_spot THEN 1 ELSE 0 END), \
                SUM(CASE WHEN answered_at IS NOT NULL AND answered_at < due_at THEN 1 ELSE 0 END), \
                SUM(CASE WHEN answered_at IS NOT NULL AND answered_at >= due_at THEN 1 ELSE 0 END), \
                SUM(CASE WHEN rating IS NOT NULL THEN 1 ELSE 0 END), COALESCE(SUM(rating), 0), COALESCE(SUM(answer_seconds), 0) \
                FROM tickets WHERE school_id = \(bind: school.rawValue) AND status <> 'merged' \
                GROUP BY school_id, department_id, submitted_on
                """).run()
        }
    }
}
