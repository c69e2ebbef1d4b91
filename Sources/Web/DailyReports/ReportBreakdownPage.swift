import Domain
import Foundation
import Persistence
import Plot
import Vapor

/// 分类统计: how a unit's reports of a day answered one choice or yes/no question of the form.
enum ReportBreakdownPage {
    struct Model: Sendable {
        var breakdown: ReportBreakdown
        var unitName: String?
        var query: ReportUnitQuery
        var today: LocalDate

        var answered: Int { breakdown.counts.reduce(0) { $0 + $1.count } }
        var total: Int { answered + breakdown.unanswered }
    }

    static func load(_ request: Request) async throws -> Model {
        let staff = try await ReportStaffRequest(request)
        let form = try await request.stores.reportForms.current(of: staff.school)
        // Only a question the breakdowns count by; any other id names nothing here.
        guard let id = request.query[String.self, at: "question"],
              let question = form.choiceQuestions.first(where: { $0.id == id }) else { throw DomainError.notFound }
        let breakdown = try await request.stores.dailyReports.breakdown(of: question, under: staff.query.unitID, on: staff.day,
                                                                         school: staff.school, scope: staff.actor.scope)
        let unitName = try await staff.unitName(request.stores)
        return Model(breakdown: breakdown, unitName: unitName, query: staff.fixedQuery, today: staff.today)
    }

    @Sendable static func response(_ request: Request) async throws -> Response {
        try View(model: try await load(request), context: PageContext(request)).render().response()
    }

    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings, b = model.breakdown, q = model.query
            let rows = b.counts.map { (s.text($0.label), $0.count, $0.option) } + [(s.reportUnanswered, b.unanswered, "")]
            return Layout.page(s.reportBreakdownOf(s.text(b.question.label)), context, .group(
                .p(.a(.href(DailyReportRoute.summary(q).path), .text(s.reportBackToSummary)),
                   .text(" · \(model.unitName ?? s.reportWholeReach)")),
                ReportPageParts.dayPicker(q, today: model.today, strings: s) { DailyReportRoute.breakdown($0, question: b.question.id).path },
                .div(.class("table-wrap"), .table(.class("report-breakdown"),
                    .thead(.tr(.th(.text(s.reportOption)), .th(.text(s.reportCount)), .th(.text(s.reportShare)), .th())),
                    .tbody(.forEach(rows) { label, count, option in
                        .tr(.attribute(named: "data-option", value: option.isEmpty ? "unanswered" : option),
                            .th(.text(label)), .td(.text(String(count))), .td(.text(share(count))),
                            .td(.element(named: "progress", nodes: [.attribute(named: "max", value: String(max(1, model.total))),
                                                                    .attribute(named: "value", value: String(count))])))
                    }),
                    .tfoot(.tr(.th(.text(s.reportTotal)), .td(.text(String(model.total))), .td(), .td()))))))
        }

        /// Of all reports of the day in the unit, to one decimal.
        private func share(_ count: Int) -> String {
            guard model.total > 0 else { return "—" }
            let perMille = (count * 1000 + model.total / 2) / model.total
            return "\(perMille / 10).\(perMille % 10)%"
        }
    }
}
