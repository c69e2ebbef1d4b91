import Domain
import Foundation
import Plot

/// Grouped horizontal bars per department (received, answered on time, overdue), drawn on the server as SVG:
/// no script, no CDN. The chart has a title and a description for screen readers, and each bar a tooltip; the
/// table beside it carries the same figures for those who cannot see it.
struct TicketStatisticsChart {
    var report: TicketStatisticsReport
    var strings: Strings

    private static let width = 720.0, labelWidth = 170.0, right = 40.0, legendHeight = 34.0, axisHeight = 24.0
    private static let barHeight = 9.0, barGap = 2.0, groupGap = 14.0

    /// The three series: what they count, their name and colour.
    private var series: [(label: String, color: String, value: (TicketStatistics) -> Int)] {
        [(strings.statisticsReceived, "#5b7db1", { $0.received }),
         (strings.statisticsOnTime, "#2e7d32", { $0.answeredOnTime }),
         (strings.statisticsOverdue, "#c62828", { $0.overdue })]
    }

    private var groupHeight: Double { Double(series.count) * (Self.barHeight + Self.barGap) - Self.barGap + Self.groupGap }
    private var height: Double { Self.legendHeight + Double(report.lines.count) * groupHeight + Self.axisHeight }
    private var largest: Int {
        let values = series.map(\.value)
        return max(1, report.lines.flatMap { line in values.map { $0(line.figures) } }.max() ?? 0)
    }

    func render() -> Node<HTML.BodyContext> {
        let s = strings
        return Self.element("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("role", "img"),
                                    ("aria-labelledby", "ticket-chart-title ticket-chart-desc"),
                                    ("viewBox", "0 0 \(Self.number(Self.width)) \(Self.number(height))"),
                                    ("width", "100%"), ("class", "ticket-chart"), ("font-size", "12")], [
            Self.element("title", [("id", "ticket-chart-title")], [.text(s.statisticsChartTitle)]),
            Self.element("desc", [("id", "ticket-chart-desc")], [.text(s.statisticsChartDescription(report.from.iso, report.to.iso))]),
            legend(),
            .group(report.lines.enumerated().map { group($0.element, index: $0.offset) }),
            axis(),
        ])
    }

    private func legend() -> Node<HTML.BodyContext> {
        .group(series.enumerated().map { index, item in
            let x = Self.labelWidth + Double(index) * 150
            return .group(
                Self.element("rect", [("x", Self.number(x)), ("y", "8"), ("width", "14"), ("height", "14"), ("fill", item.color)], []),
                Self.element("text", [("x", Self.number(x + 20)), ("y", "20")], [.text(item.label)]))
        })
    }

    private func group(_ line: TicketStatisticsReport.Line, index: Int) -> Node<HTML.BodyContext> {
        let top = Self.legendHeight + Double(index) * groupHeight, name = report.name(of: line, strings)
        let span = Self.width - Self.labelWidth - Self.right
        let shown = name.count > 12 ? String(name.prefix(11)) + "…" : name
        return .group(
            Self.element("text", [("x", Self.number(Self.labelWidth - 8)), ("y", Self.number(top + (groupHeight - Self.groupGap) / 2 + 4)),
                                  ("text-anchor", "end")], [.text(shown)]),
            .group(series.enumerated().map { offset, item in
                let value = item.value(line.figures), y = top + Double(offset) * (Self.barHeight + Self.barGap)
                let length = Double(value) / Double(largest) * span
                return .group(
                    Self.element("rect", [("x", Self.number(Self.labelWidth)), ("y", Self.number(y)), ("width", Self.number(length)),
                                          ("height", Self.number(Self.barHeight)), ("fill", item.color)],
                                 [Self.element("title", [], [.text(strings.statisticsBar(name, item.label, value))])]),
                    Self.element("text", [("x", Self.number(Self.labelWidth + length + 4)), ("y", Self.number(y + Self.barHeight - 1)),
                                          ("font-size", "10"), ("fill", "#444")], [.text(String(value))]))
            }))
    }

    /// The baseline with 0 and the largest figure at its ends.
    private func axis() -> Node<HTML.BodyContext> {
        let y = height - Self.axisHeight + 4, end = Self.width - Self.right
        return .group(
            Self.element("line", [("x1", Self.number(Self.labelWidth)), ("y1", Self.number(Self.legendHeight - 4)),
                                  ("x2", Self.number(Self.labelWidth)), ("y2", Self.number(y)), ("stroke", "#999")], []),
            Self.element("line", [("x1", Self.number(Self.labelWidth)), ("y1", Self.number(y)), ("x2", Self.number(end)),
                                  ("y2", Self.number(y)), ("stroke", "#999")], []),
            Self.element("text", [("x", Self.number(Self.labelWidth)), ("y", Self.number(y + 14)), ("text-anchor", "middle")], [.text("0")]),
            Self.element("text", [("x", Self.number(end)), ("y", Self.number(y + 14)), ("text-anchor", "middle")],
                         [.text(String(largest))]))
    }

    private static func element(_ name: String, _ attributes: [(String, String)], _ children: [Node<HTML.BodyContext>]) -> Node<HTML.BodyContext> {
        .element(named: name, nodes: attributes.map { .attribute(named: $0.0, value: $0.1) } + children)
    }

    /// Coordinates with at most one decimal, so the markup stays short and stable.
    private static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
