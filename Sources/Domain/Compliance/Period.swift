/// A calendar period of the 工作欠账 board: a month, a quarter, a half year (a semester-sized span) or a year.
public struct Period: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var unit: Unit
    public var year: Int
    /// 1-based: month 1…12, quarter 1…4, half 1…2, and 1 for the year.
    public var index: Int

    public init(unit: Unit, year: Int, index: Int) { self.unit = unit; self.year = year; self.index = index }

    public enum Unit: String, Codable, CaseIterable, Sendable {
        case month, quarter, halfYear = "half_year", year

        var months: Int {
            switch self {
            case .month: 1
            case .quarter: 3
            case .halfYear: 6
            case .year: 12
            }
        }

        public var label: Message {
            switch self {
            case .month: Message(zh: "每月", en: "a month")
            case .quarter: Message(zh: "每季度", en: "a quarter")
            case .halfYear: Message(zh: "每半年", en: "a half year")
            case .year: Message(zh: "每年", en: "a year")
            }
        }
    }

    /// The period of this unit that contains a date.
    public static func containing(_ date: LocalDate, unit: Unit) -> Period {
        Period(unit: unit, year: date.year, index: (date.month - 1) / unit.months + 1)
    }

    /// Every period of this unit in a calendar year, in order.
    public static func all(in year: Int, unit: Unit) -> [Period] {
        (1...(12 / unit.months)).map { Period(unit: unit, year: year, index: $0) }
    }

    public var firstDay: LocalDate { LocalDate(year: year, month: (index - 1) * unit.months + 1, day: 1)! }
    public var lastDay: LocalDate {
        let month = index * unit.months
        return LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year))!
    }

    public func contains(_ date: LocalDate) -> Bool { firstDay <= date && date <= lastDay }

    public static func < (a: Period, b: Period) -> Bool { a.firstDay < b.firstDay || (a.firstDay == b.firstDay && a.lastDay < b.lastDay) }

    /// A stable key for URLs and JSON: `2026-03` (month), `2026-Q2`, `2026-H1`, `2026`.
    public var description: String {
        switch unit {
        case .month: String(format: "%04d-%02d", year, index)
        case .quarter: "\(year)-Q\(index)"
        case .halfYear: "\(year)-H\(index)"
        case .year: "\(year)"
        }
    }

    public var label: Message {
        switch unit {
        case .month: Message(zh: "\(year)年\(index)月", en: "\(Self.monthNames[index - 1]) \(year)")
        case .quarter: Message(zh: "\(year)年第\(index)季度", en: "Q\(index) \(year)")
        case .halfYear: Message(zh: "\(year)年\(index == 1 ? "上" : "下")半年", en: "\(index == 1 ? "H1" : "H2") \(year)")
        case .year: Message(zh: "\(year)年", en: "\(year)")
        }
    }

    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
