import Foundation

/// Reads the many ways a roster writes a date.
public enum RosterDate {
    /// Accepts `yyyy-MM-dd`, `yyyy/M/d`, `yyyy.MM.dd`, `yyyy.M.d`, `yyyy年M月d日`, `yyyyMMdd`, month-only
    /// `yyyy.MM` / `yyyy-MM` / `yyyy年M月` / `yyyyMM` (→ day 1), an ISO date with a time part
    /// (`2015-11-06 00:00:00`), and Excel serial numbers given as text (`42314` → 2015-11-06; 1900 system).
    /// Returns nil for empty text; throws `DomainError.invalid` naming the field for anything else.
    public static func parse(_ text: String, field: RosterField) throws -> LocalDate? {
        let trimmed = RosterText.halfWidth(text).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        let dateText = withoutTime(trimmed)
        if let serial = serialNumber(dateText) {
            return try ExcelSerial.date(serial, field: field)
        }
        guard let date = calendarDate(dateText) else { throw unreadable(trimmed, field: field) }
        return date
    }

    /// `2015-11-06 00:00:00` and `2015-11-06T00:00:00` carry a time that a business date does not need.
    private static func withoutTime(_ text: String) -> String {
        guard let cut = text.firstIndex(where: { $0 == " " || $0 == "T" }),
              text[cut...].contains(":") else { return text }
        return String(text[..<cut])
    }

    /// A date cell without a date format arrives as its serial, possibly with a fraction for the time of day.
    /// Four digits between 1900 and 2200 are a bare year, not a day of 1905: refused rather than guessed.
    private static func serialNumber(_ text: String) -> Int? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, (1...5).contains(whole.count),
              whole.allSatisfy(\.isASCIIDigit), parts.dropFirst().allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let value = Int(whole) else { return nil }
        if whole.count == 4, (1900...2200).contains(value) { return nil }
        // `2015.11` is a month, not serial 2015 with a fraction.
        if parts.count == 2, whole.count == 4 { return nil }
        return value
    }

    /// Year, month and (optionally) day, separated by `-` `/` `.` `年` `月` `日`, or run together as digits.
    private static func calendarDate(_ text: String) -> LocalDate? {
        guard let groups = digitGroups(text) else { return nil }
        let numbers: [Substring]
        switch groups.count {
        case 1 where groups[0].count == 8 || groups[0].count == 6:
            let digits = groups[0]
            numbers = [digits.prefix(4), digits.dropFirst(4).prefix(2), digits.dropFirst(6)].filter { !$0.isEmpty }
        case 2, 3: numbers = groups[...].map { Substring($0) }
        default: return nil
        }
        guard numbers[0].count == 4, numbers.dropFirst().allSatisfy({ (1...2).contains($0.count) }),
              let year = Int(numbers[0]), let month = Int(numbers[1]) else { return nil }
        let day = numbers.count == 3 ? Int(numbers[2]) : 1
        return day.flatMap { LocalDate(year: year, month: month, day: $0) }
    }

    private static func digitGroups(_ text: String) -> [String]? {
        var groups: [String] = []
        var current = ""
        for character in text {
            if character.isASCIIDigit {
                current.append(character)
            } else if "-/.年月日".contains(character), !current.isEmpty {
                groups.append(current)
                current = ""
            } else {
                return nil
            }
        }
        if !current.isEmpty { groups.append(current) }
        return groups
    }

    static func unreadable(_ text: String, field: RosterField) -> DomainError {
        DomainError.invalid(field: field.rawValue, message: Message(
            zh: "“\(field.label.zh)”无法识别为日期：“\(text)”。可用格式如 2015-11-06、2015/11/6、2015.11.06、2015年11月6日、20151106",
            en: "\(field.label.en): “\(text)” is not a date we can read. Use e.g. 2015-11-06, 2015/11/6, 2015.11.06 or 20151106"))
    }
}
