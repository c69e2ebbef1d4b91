import Domain
import Persistence
import Plot

/// Pieces every staff page of the daily reports shares: the trail of units and the day's picker.
enum ReportPageParts {
    /// 全部 › 学院 › 专业 › 班级: each unit above links to its own summary of the same day.
    static func trail(_ summary: ReportSummary, query: ReportUnitQuery, strings s: Strings) -> Node<HTML.BodyContext> {
        let above = [(s.reportWholeReach, DailyReportRoute.summary(query.with(unit: nil)).path)]
            + summary.trail.map { ($0.name, DailyReportRoute.summary(query.with(unit: $0.id)).path) }
        return .nav(.class("crumbs"), .attribute(named: "aria-label", value: s.reportUnit),
                    .forEach(above) { name, path in .group(.a(.href(path), .text(name)), .text(" › ")) },
                    .span(.attribute(named: "aria-current", value: "page"), .text(summary.unit?.name ?? s.reportWholeReach)))
    }

    /// A date box for any day, and the days either side; no day after today.
    static func dayPicker(_ query: ReportUnitQuery, today: LocalDate, strings s: Strings,
                          path: (ReportUnitQuery) -> String) -> Node<HTML.BodyContext> {
        let day = query.day ?? today
        return .div(.class("filters"),
                    .form(.method(.get), .action(path(ReportUnitQuery())), .class("filters"),
                          .unwrap(query.unitID) { .input(.type(.hidden), .name("unit"), .value($0.rawValue.uuidString)) },
                          Form.text(s.reportDay, name: "date", value: day.iso, type: .date),
                          .button(.type(.submit), .text(s.reportShow))),
                    .div(.class("pager"),
                         .a(.href(path(query.with(day: day.adding(days: -1)))), .text(s.reportPreviousDay)),
                         .if(day < today, .a(.href(path(query.with(day: day.adding(days: 1)))), .text(s.reportNextDay)))))
    }
}
