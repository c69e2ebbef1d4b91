extension Period {
    /// Parses the keys of points periods: `2026` (year), `2026-Q3` (quarter), `2026-11` (month).
    public init?(key: String) {
        let parts = key.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, let year = Int(first), (1900...2200).contains(year) else { return nil }
        switch parts.count {
        case 1: self.init(unit: .year, year: year, index: 1)
        case 2 where parts[1].hasPrefix("Q"):
            guard let q = Int(parts[1].dropFirst()), (1...4).contains(q), parts[1].count == 2 else { return nil }
            self.init(unit: .quarter, year: year, index: q)
        case 2:
            guard parts[1].count == 2, parts[1].allSatisfy(\.isASCIIDigit), let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            self.init(unit: .month, year: year, index: m)
        default: return nil
        }
    }

    /// The months (1…12) the period covers, for queries on an entry's month.
    public var months: ClosedRange<Int> { firstDay.month...lastDay.month }
}
