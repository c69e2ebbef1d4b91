import Domain
import FluentKit
import Foundation
import SQLKit

extension TicketStore {
    /// Per department, the tickets submitted from `from` to `to` (school dates, inclusive): received, answered on the
    /// spot, in time, overdue (late, or unanswered past the deadline at `now`), time to answer, satisfaction.
    /// The settled figures come from the daily sums (`ticket_day_counts`), the open tickets are counted live;
    /// a department outside the actor's reach is not counted.
    public func statistics(from: LocalDate, to: LocalDate, now: Date, actor: Actor) async throws -> [TicketStatistics] {
        guard let school = actor.schoolID else { return [] }
        var departments: [UUID]?
        if !actor.scope.reachesAllTickets {
            departments = actor.scope.departmentIDs.map(\.rawValue)
            if departments!.isEmpty { return [] }
        }
        let sql = database as! any SQLDatabase
        let settled = sql.select().column("department_id")
        for (column, _) in Self.tallyColumns { settled.column(SQLRaw("CAST(SUM(\(column)) AS BIGINT)"), as: column) }
        settled.from("ticket_day_counts").where("school_id", .equal, SQLBind(school.rawValue))
            .where("day", .greaterThanOrEqual, SQLBind(from.iso)).where("day", .lessThanOrEqual, SQLBind(to.iso))
        let open = sql.select().column("department_id")
            .column(SQLRaw("CAST(COUNT(*) AS BIGINT)"), as: "open")
            .column(SQLQueryString("CAST(SUM(CASE WHEN status <> 'info_requested' AND due_at <= \(bind: now) THEN 1 ELSE 0 END) AS BIGINT)"),
                    as: "overdue")
            .from("tickets").where("school_id", .equal, SQLBind(school.rawValue))
            .where("status", .in, SQLBind.group(TicketStatus.allCases.filter(\.isOpen).map(\.rawValue)))
            .where("submitted_on", .greaterThanOrEqual, SQLBind(from.iso)).where("submitted_on", .lessThanOrEqual, SQLBind(to.iso))
        if let departments {
            settled.where("department_id", .in, SQLBind.group(departments))
            open.where("department_id", .in, SQLBind.group(departments))
        }
        let sums = try await settled.groupBy("department_id").all(decoding: SumRow.self)
        let live = Dictionary(uniqueKeysWithValues: try await open.groupBy("department_id").all(decoding: OpenRow.self).map { ($0.department_id, $0) })
        var rows = sums.map { sum -> TicketStatistics in
            let openRow = live[sum.department_id]
            return TicketStatistics(departmentID: .init(sum.department_id), received: sum.received, answered: sum.answered,
                                    answeredOnSpot: sum.answered_on_spot, answeredOnTime: sum.answered_on_time,
                                    overdue: sum.answered_late + (openRow?.overdue ?? 0), open: openRow?.open ?? 0,
                                    secondsToAnswer: Double(sum.answer_seconds), rated: sum.rated, ratingSum: sum.rating_sum)
        }
        // A department whose tickets all left (merged or transferred) may still hold open ones of the period.
        for (id, openRow) in live where !sums.contains(where: { $0.department_id == id }) {
            rows.append(TicketStatistics(departmentID: .init(id), overdue: openRow.overdue, open: openRow.open))
        }
        return rows.filter { $0.received > 0 || $0.open > 0 }
    }

    struct SumRow: Decodable {
        var department_id: UUID
        var received: Int, answered: Int, answered_on_spot: Int, answered_on_time: Int, answered_late: Int
        var rated: Int, rating_sum: Int, answer_seconds: Int
    }

    struct OpenRow: Decodable { var department_id: UUID; var open: Int; var overdue: Int }

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
