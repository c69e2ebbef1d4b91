import Domain
import Foundation
import Persistence
import Plot

/// The report rate of each of the last 30 days as bars, drawn on the server as SVG: no script, no CDN. A day with
/// no one expected has no bar; each bar's tooltip gives the day's figures, and the chart a title and description
/// for screen readers. Days with abnormal reports carry a small mark above the bar.
struct ReportTrendChart {
    var points: [ReportTrendPoint]
    var strings: Strings

    private static let width = 720.0, height = 220.0, left = 44.0, right = 8.0, top = 14.0, bottom = 26.0

    private var plotHeight: Double { Self.height - Self.top - Self.bottom }
    private var slot: Double { (Self.width - Self.left - Self.right) / Double(max(1, points.count)) }

    func render() -> Node<HTML.BodyContext> {
        let s = strings
        let from = points.first?.day.iso ?? "", to = points.last?.day.iso ?? ""
        return Self.element("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("role", "img"),
                                    ("aria-labelledby", "report-trend-title report-trend-desc"),
                                    ("viewBox", "0 0 \(Self.number(Self.width)) \(Self.number(Self.height))"),
                                    ("width", "100%"), ("class", "report-trend"), ("font-size", "11")], [
            Self.element("title", [("id", "report-trend-title")], [.text(s.reportTrendTitle)]),
            Self.element("desc", [("id", "report-trend-desc")], [.text(s.reportTrendDescription(from, to))]),
            grid(),
            .group(points.enumerated().map { bar($0.element, index: $0.offset) }),
            dayLabels(),
        ])
    }

    /// Lines at 0%, 50% and 100%, with their labels.
    private func grid() -> Node<HTML.BodyContext> {
        .group([0, 50, 100].map { percent in
            let y = Self.top + plotHeight * (1 - Double(percent) / 100)
            return .group(
                Self.element("line", [("x1", Self.number(Self.left)), ("y1", Self.number(y)),
                                      ("x2", Self.number(Self.width - Self.right)), ("y2", Self.number(y)),
                                      ("stroke", percent == 0 ? "#999" : "#e3e3e3")], []),
                Self.element("text", [("x", Self.number(Self.left - 6)), ("y", Self.number(y + 4)), ("text-anchor", "end")],
                             [.text("\(percent)%")]))
        })
    }

    private func bar(_ point: ReportTrendPoint, index: Int) -> Node<HTML.BodyContext> {
        guard let rate = point.tally.ratePerMille else { return .empty }
        let t = point.tally, barHeight = plotHeight * Double(rate) / 1000
        let x = Self.left + Double(index) * slot + slot * 0.15, y = Self.top + plotHeight - barHeight
        let color = rate >= 950 ? "#2e7d32" : rate >= 800 ? "#b35900" : "#c62828"
        let tip = strings.reportTrendBar(point.day.iso, t.rateText, t.reported, t.expected)
        return .group(
            Self.element("rect", [("x", Self.number(x)), ("y", Self.number(y)), ("width", Self.number(slot * 0.7)),
                                  ("height", Self.number(barHeight)), ("fill", color), ("data-day", point.day.iso)],
                         [Self.element("title", [], [.text(tip)])]),
            .if(t.abnormal > 0, Self.element("circle", [("cx", Self.number(x + slot * 0.35)), ("cy", Self.number(max(4, y - 5))),
                                                        ("r", "2.5"), ("fill", "#6a1b9a")], [])))
    }

    /// The first, middle and last days under the bars (MM-DD), enough to read the axis without crowding a phone.
    private func dayLabels() -> Node<HTML.BodyContext> {
        guard !points.isEmpty else { return .empty }
        let indices = Array(Set([0, points.count / 2, points.count - 1])).sorted()
        return .group(indices.map { index in
            let x = Self.left + (Double(index) + 0.5) * slot
            return Self.element("text", [("x", Self.number(x)), ("y", Self.number(Self.height - 8)), ("text-anchor", "middle")],
                                [.text(String(points[index].day.iso.dropFirst(5)))])
        })
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
