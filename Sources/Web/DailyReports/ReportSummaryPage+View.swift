import Domain
import Persistence
import Plot

extension ReportSummaryPage {
    /// The trail, the day's picker, the unit's numbers, its units one level down (each row links down), the trend
    /// and the breakdowns. The missing and abnormal counts open their lists.
    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings, summary = model.summary
            return Layout.page(s.reportSummaryTitle, context, .group(
                ReportPageParts.trail(summary, query: model.query, strings: s),
                ReportPageParts.dayPicker(model.query, today: model.today, strings: s) { DailyReportRoute.summary($0).path },
                totals(),
                .h2(.text(ReportSummaryTable.title(summary, s))),
                summary.rows.isEmpty ? .p(.class("meta"), .text(s.reportNoUnits)) : table(),
                .h2(.text(s.reportTrendTitle)),
                .div(.class("card chart"), ReportTrendChart(points: model.trend, strings: s).render()),
                breakdowns(),
                .if(context.may(.exportLists),
                    .p(.a(.class("button secondary"), .href(DailyReportRoute.export(model.query).path), .text(s.exportXLSX))))))
        }

        private func totals() -> Node<HTML.BodyContext> {
            let s = context.strings, t = model.summary.total, q = model.query
            func stat(_ label: String, _ value: String, link: String? = nil, id: String) -> Node<HTML.BodyContext> {
                .div(.class("stat"), .attribute(named: "data-stat", value: id), .text(label),
                     .unwrap(link, { .a(.href($0), .b(.text(value))) }, else: .b(.text(value))))
            }
            return .div(.class("stats"),
                        stat(s.reportExpected, String(t.expected), id: "expected"),
                        stat(s.reportReported, String(t.reported), id: "reported"),
                        stat(s.reportMissing, String(t.missing), link: DailyReportRoute.missing(q).path, id: "missing"),
                        stat(s.reportLateCount, String(t.late), id: "late"),
                        stat(s.reportAbnormal, String(t.abnormal), link: DailyReportRoute.abnormal(q).path, id: "abnormal"),
                        stat(s.reportRate, t.rateText, id: "rate"),
                        stat(s.reportEnrolled, String(t.enrolled), id: "enrolled"),
                        stat(s.reportOnLeave, String(t.onLeave), id: "on-leave"))
        }

        private func table() -> Node<HTML.BodyContext> {
            let s = context.strings, summary = model.summary
            return .div(.class("table-wrap"), .table(.class("report-summary"),
                .thead(.tr(.forEach(ReportSummaryTable.header(s)) { .th(.text($0)) })),
                .tbody(.forEach(summary.rows) { row($0) }),
                .tfoot(.tr(.attribute(named: "data-unit", value: "total"),
                           .forEach(ReportSummaryTable.cells(s.reportTotal, summary.total)) { .th(.text($0)) }))))
        }

        /// A unit's row: its name links down, its missing and abnormal counts to its lists. A dorm's part of a class
        /// (no unit of its own) has no links.
        private func row(_ row: ReportSummary.Row) -> Node<HTML.TableContext> {
            let s = context.strings, cells = ReportSummaryTable.cells(ReportSummaryTable.label(row, s), row.tally)
            let down = row.unit.map { model.query.with(unit: $0.id) }
            let links: [Int: String] = down.map { [0: DailyReportRoute.summary($0).path, 3: DailyReportRoute.missing($0).path,
                                                   5: DailyReportRoute.abnormal($0).path] } ?? [:]
            return .tr(.attribute(named: "data-unit", value: row.unit?.id.rawValue.uuidString ?? "part"),
                       .forEach(Array(cells.enumerated())) { index, text in
                           let content: Node<HTML.BodyContext> = links[index].map { .a(.href($0), .text(text)) } ?? .text(text)
                           let warn = (index == 3 && row.tally.missing > 0) || (index == 5 && row.tally.abnormal > 0)
                           return index == 0 ? .th(content) : .td(.attribute(named: "class", value: warn ? "warning" : nil), content)
                       })
        }

        private func breakdowns() -> Node<HTML.BodyContext> {
            let s = context.strings
            guard !model.questions.isEmpty else { return .empty }
            return .group(
                .h2(.text(s.reportBreakdownsTitle)),
                .ul(.class("breakdowns"), .forEach(model.questions) { question in
                    .li(.a(.href(DailyReportRoute.breakdown(model.query, question: question.id).path),
                           .text(s.reportBreakdownOf(s.text(question.label)))))
                }))
        }
    }
}
