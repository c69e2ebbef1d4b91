import Foundation

/// A calendar month (a dues month), stored as `YYYY-MM` text so that ranges compare as strings on both databases.
public struct YearMonth: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month) else { return nil }
        self.year = year; self.month = month
    }

    /// The month a business date falls in.
    public init(_ date: LocalDate) { year = date.year; month = date.month }

    /// Months since year 0, so that month arithmetic is integer arithmetic.
    public var index: Int { year * 12 + month - 1 }

    /// The month of an index, clamped to the years `LocalDate` accepts.
    public init(index: Int) {
        let clamped = min(max(index, 1900 * 12), 2200 * 12 + 11)
        year = clamped / 12; month = clamped % 12 + 1
    }

    /// Parses `YYYY-MM` only.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(year: y, month: m)
    }

    public var iso: String { String(format: "%04d-%02d", year, month) }
    public var description: String { iso }

    public func adding(months: Int) -> YearMonth { YearMonth(index: index + months) }
    public func months(until other: YearMonth) -> Int { other.index - index }

    public var firstDay: LocalDate { LocalDate(year: year, month: month, day: 1)! }
    public var lastDay: LocalDate { LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year))! }

    /// Every month from `first` through `last`, both included; empty when `last` is before `first`.
    public static func range(_ first: YearMonth, through last: YearMonth) -> [YearMonth] {
        first <= last ? (first.index...last.index).map(YearMonth.init(index:)) : []
    }

    /// January to December of a year.
    public static func months(of year: Int) -> [YearMonth] {
        guard let first = YearMonth(year: year, month: 1) else { return [] }
        return range(first, through: first.adding(months: 11))
    }

    public static func < (a: YearMonth, b: YearMonth) -> Bool { a.index < b.index }

    public func encode(to encoder: any Encoder) throws { var c = encoder.singleValueContainer(); try c.encode(iso) }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        guard let month = YearMonth(iso: try c.decode(String.self)) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "expected YYYY-MM")
        }
        self = month
    }
}
