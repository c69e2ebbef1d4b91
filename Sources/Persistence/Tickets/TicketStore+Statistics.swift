import Domain
import FluentKit
import Foundation
import SQLKit

extension TicketStore {
    /// Per department, the tickets submitted from `from` to `to` (school dates, inclusive): received, answered on the
    /// spot, in time, overdue (late, or unanswered past the deadline at `now`), time to answer, satisfaction.
    /// One aggregate query; a department outside the actor's reach is not counted.
    public func statistics(from: LocalDate, to: LocalDate, now: Date, actor: Actor) async throws -> [TicketStatistics] {
        guard let school = actor.schoolID else { return [] }
        let sql = database as! any SQLDatabase
        let query = sql.select()
            .column("department_id")
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "received")
            .column(sum("answered_at IS NOT NULL"), as: "answered")
            .column(sum("answered_on_spot"), as: "on_spot")
            .column(sum("answered_at IS NOT NULL AND answered_at < due_at"), as: "on_time")
            .column(SQLQueryString("""
                CAST(SUM(CASE WHEN (answered_at IS NOT NULL AND answered_at >= due_at) \
                OR (answered_at IS NULL AND status IN ('submitted', 'accepted') AND due_at <= \(bind: now)) THEN 1 ELSE 0 END) AS BIGINT)
                """), as: "overdue")
            .column(sum("status IN ('submitted', 'accepted', 'info_requested')"), as: "open")
            // SUM of integers is NUMERIC on PostgreSQL: cast back so both engines answer an integer.
            .column(SQLRaw("CAST(COALESCE(SUM(answer_seconds), 0) AS BIGINT)"), as: "seconds")
            .column(sum("rating IS NOT NULL"), as: "rated")
            .column(SQLRaw("CAST(COALESCE(SUM(rating), 0) AS BIGINT)"), as: "rating_sum")
            .from("tickets")
            .where("school_id", .equal, SQLBind(school.rawValue))
            .where("submitted_on", .greaterThanOrEqual, SQLBind(from.iso))
            .where("submitted_on", .lessThanOrEqual, SQLBind(to.iso))
            .where("status", .notEqual, SQLBind(TicketStatus.merged.rawValue))
        if !actor.scope.reachesAllTickets {
            let departments = actor.scope.departmentIDs.map(\.rawValue)
            guard !departments.isEmpty else { return [] }
            query.where("department_id", .in, SQLBind.group(departments))
        }
        return try await query.groupBy("department_id").all(decoding: StatisticsRow.self).map(\.statistics)
    }

    private func sum(_ condition: String) -> any SQLExpression {
        SQLRaw("CAST(SUM(CASE WHEN \(condition) THEN 1 ELSE 0 END) AS BIGINT)")
    }

    struct StatisticsRow: Decodable {
        var department_id: UUID
        var received: Int, answered: Int, on_spot: Int, on_time: Int, overdue: Int, open: Int
        var seconds: Int, rated: Int, rating_sum: Int

        var statistics: TicketStatistics {
            TicketStatistics(departmentID: .init(department_id), received: received, answered: answered, answeredOnSpot: on_spot,
                             answeredOnTime: on_time, overdue: overdue, open: open, secondsToAnswer: Double(seconds), rated: rated,
                             ratingSum: rating_sum)
        }
    }

    /// The public board (for everyone logged in): resolved tickets whose requesters agreed, anonymised — category,
    /// question, department and answer — newest first, searchable, so that the same question is not asked twice.
    public func board(school: School.ID, text: String?, categoryID: TicketCategory.ID?, page: ListRequest) async throws -> ListPage<Ticket> {
        let query = TicketRecord.query(on: database).filter(\.$schoolID == school.rawValue)
            .filter(\.$status == TicketStatus.confirmed.rawValue).filter(\.$isPublishable == true)
        if let categoryID { query.filter(\.$categoryID == categoryID.rawValue) }
        if let pattern = TicketStore.containsPattern(text) {
            query.group(.or) {
                $0.filter(\.$title, .custom("LIKE"), pattern).filter(\.$body, .custom("LIKE"), pattern)
                    .filter(\.$answer, .custom("LIKE"), pattern)
            }
        }
        let total = try await query.count()
        let records = try await query.copy().sort(\.$confirmedAt, .descending).range(page.offset..<(page.offset + page.size)).all()
        // The requester leaves no trace on the board: not even their id crosses this boundary.
        return ListPage(items: records.map { Self.anonymised($0.domain) }, number: page.number, size: page.size, total: total)
    }

    static func anonymised(_ ticket: Ticket) -> Ticket {
        var t = ticket
        t.requesterID = Person.ID(UUID(uuidString: "00000000-0000-0000-0000-000000000000")!); t.isAnonymous = true; t.ratingComment = nil
        return t
    }
}
