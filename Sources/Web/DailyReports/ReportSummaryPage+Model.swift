import Domain
import Foundation
import Persistence
import Vapor

/// 日报统计: a unit's day and its units one level down, the 30-day trend and the breakdowns. The store applies the
/// actor's scope and answers 404 for a unit out of reach.
enum ReportSummaryPage {
    struct Model: Sendable {
        var summary: ReportSummary
        var trend: [ReportTrendPoint]
        /// The unit and the day written out, for every link of the page.
        var query: ReportUnitQuery
        var today: LocalDate
        /// The questions the breakdowns count by.
        var questions: [ReportQuestion]

        var day: LocalDate { summary.day }
    }

    static func load(_ request: Request) async throws -> Model {
        let staff = try await ReportStaffRequest(request)
        let reports = request.dailyReports, scope = staff.actor.scope
        let summary = try await reports.summary(of: staff.query.unitID, on: staff.day, school: staff.school, scope: scope)
        let trend = try await reports.trend(of: staff.query.unitID, endingOn: staff.day, days: 30, school: staff.school, scope: scope)
        let form = try await request.stores.reportForms.current(of: staff.school)
        return Model(summary: summary, trend: trend, query: staff.fixedQuery, today: staff.today,
                     questions: form.choiceQuestions.filter { !$0.isRetired })
    }

    @Sendable static func response(_ request: Request) async throws -> Response {
        try View(model: try await load(request), context: PageContext(request)).render().response()
    }
}

/// The summary's table, as the page and the export write it.
enum ReportSummaryTable {
    static func header(_ s: Strings) -> [String] {
        [s.reportUnit, s.reportExpected, s.reportReported, s.reportMissing, s.reportLateCount, s.reportAbnormal,
         s.reportRate, s.reportEnrolled, s.reportOnLeave]
    }

    static func cells(_ label: String, _ t: ReportTally) -> [String] {
        [label] + [t.expected, t.reported, t.missing, t.late, t.abnormal].map(String.init) + [t.rateText]
            + [t.enrolled, t.onLeave].map(String.init)
    }

    /// A row's name: a class's students without a dorm come as an empty label.
    static func label(_ row: ReportSummary.Row, _ s: Strings) -> String {
        row.label.isEmpty || row.label == "—" ? s.reportNoDorm : row.label
    }

    /// The name of the whole page: the unit, or the actor's whole reach.
    static func title(_ summary: ReportSummary, _ s: Strings) -> String { summary.unit?.name ?? s.reportWholeReach }

    static func rows(_ summary: ReportSummary, _ s: Strings) -> [[String]] {
        summary.rows.map { cells(label($0, s), $0.tally) } + [cells("\(s.reportTotal)（\(title(summary, s))）", summary.total)]
    }
}
