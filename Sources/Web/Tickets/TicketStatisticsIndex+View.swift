import Domain
import Plot

/// The statistics page: the period's form, the chart, the table with its total line, the export link.
enum TicketStatisticsIndex {
    struct View {
        var report: TicketStatisticsReport
        var context: PageContext

        func render() -> HTML {
            let s = context.strings, r = report
            return Layout.page(s.statisticsTitle, context, .group(
                filters(),
                .p(.class("hint"), .text(s.statisticsPeriod(r.from.iso, r.to.iso))),
                .if(r.lines.isEmpty, .p(.text(s.statisticsNone)),
                    else: .group(
                        .div(.class("card chart"),
                             TicketStatisticsChart(report: r, strings: s).render()),
                        table())),
                .p(.a(.class("button secondary"), .href(TicketRoute.exportStatistics(from: r.from, to: r.to).path),
                      .text(s.exportXLSX)))
            ))
        }

        private func filters() -> Node<HTML.BodyContext> {
            let s = context.strings
            return .form(.method(.get), .action(TicketRoute.statistics(from: nil, to: nil).path), .class("filters"),
                         Form.text(s.statisticsFrom, name: "from", value: report.from.iso, type: .date),
                         Form.text(s.statisticsTo, name: "to", value: report.to.iso, type: .date),
                         .button(.type(.submit), .text(s.statisticsShow)))
        }

        private func table() -> Node<HTML.BodyContext> {
            let s = context.strings, r = report
            return .div(.class("table-wrap"), .table(.class("ticket-statistics"),
                .thead(.tr(.forEach(TicketStatisticsReport.header(s)) { .th(.text($0)) })),
                .tbody(.forEach(r.lines) { line in
                    row(TicketStatisticsReport.cells(r.name(of: line, s), line.figures), figures: line.figures,
                        id: line.departmentID.rawValue.uuidString)
                }),
                .tfoot(row(TicketStatisticsReport.cells(r.totalLabel(s), r.total), figures: r.total, id: "total"))))
        }

        /// The first cell names the line; overdue figures stand out.
        private func row(_ cells: [String], figures: TicketStatistics, id: String) -> Node<HTML.TableContext> {
            let overdueColumn = 6
            return .tr(.attribute(named: "data-department", value: id),
                       .th(.text(cells.first ?? "")),
                       .forEach(Array(cells.enumerated().dropFirst()), { index, text in
                           .td(.attribute(named: "class", value: index == overdueColumn && figures.overdue > 0 ? "warning" : nil), .text(text))
                       }))
        }
    }
}
