/// The period a pledge is made for: a year (2026 年度) or a half-year (2026 上半年 / 下半年), both days inclusive.
/// The code (`2026`, `2026H1`, `2026H2`) names it in forms, filters and the API.
public struct PledgePeriod: Hashable, Codable, Sendable {
    public enum Part: String, Codable, CaseIterable, Sendable { case year = "", firstHalf = "H1", secondHalf = "H2" }

    public var year: Int
    public var part: Part

    public init(year: Int, part: Part = .year) { self.year = year; self.part = part }

    /// `2026`, `2026H1` or `2026H2`; anything else is nil.
    public init?(code: String) {
        let text = code.trimmingCharacters(in: .whitespaces).uppercased()
        guard text.count >= 4, let year = Int(text.prefix(4)), (2000...2100).contains(year),
              let part = Part(rawValue: String(text.dropFirst(4))) else { return nil }
        self.init(year: year, part: part)
    }

    public var code: String { "\(year)\(part.rawValue)" }

    public var start: LocalDate {
        LocalDate(year: year, month: part == .secondHalf ? 7 : 1, day: 1)!
    }

    public var end: LocalDate {
        part == .firstHalf ? LocalDate(year: year, month: 6, day: 30)! : LocalDate(year: year, month: 12, day: 31)!
    }

    /// The Chinese label stored with the pledge and shown on the wall.
    public var label: String {
        switch part {
        case .year: "\(year) 年度"
        case .firstHalf: "\(year) 上半年"
        case .secondHalf: "\(year) 下半年"
        }
    }

    public func contains(_ day: LocalDate) -> Bool { start <= day && day <= end }

    /// Over once its last day has passed: the committee may appraise then.
    public func hasEnded(today: LocalDate) -> Bool { end < today }

    /// The periods a member may pledge for on `today`: this year, its halves, and next year from December.
    public static func choices(today: LocalDate) -> [PledgePeriod] {
        var periods = [PledgePeriod(year: today.year), PledgePeriod(year: today.year, part: .firstHalf),
                       PledgePeriod(year: today.year, part: .secondHalf)].filter { !$0.hasEnded(today: today) }
        if today.month == 12 { periods.append(PledgePeriod(year: today.year + 1)) }
        return periods
    }

    /// The periods around `today` that lists offer as filters: last year's and this year's.
    public static func recent(today: LocalDate) -> [PledgePeriod] {
        [today.year, today.year - 1].flatMap { year in Part.allCases.map { PledgePeriod(year: year, part: $0) } }
    }
}
