/// Turns an Excel date serial into ISO text. The 1900 system counts 1900-01-01 as day 1 and, copying
/// Lotus 1-2-3, has a 1900-02-29 (day 60) that never existed; the 1904 system counts from 1904-01-01 as 0.
enum ExcelDate {
    /// "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", or "HH:mm:ss" for a time of day alone (serial below 1);
    /// nil when the serial is not a date Excel can show (negative, 1900-01-00, or after 9999-12-31).
    static func isoText(serial: Double, usesDate1904: Bool) -> String? {
        guard serial >= 0, serial < 2_958_466 else { return nil }
        let totalSeconds = Int((serial * 86_400).rounded())
        let (day, second) = totalSeconds.quotientAndRemainder(dividingBy: 86_400)
        let time = second == 0 ? nil : clockText(second)
        if day == 0, let time { return time }
        let date: String
        if usesDate1904 {
            date = civilText(daysSince1970: day - 24_107)
        } else if day == 0 {
            return nil
        } else if day == 60 {
            date = "1900-02-29"
        } else {
            // Before the phantom day, serials are one higher than the days since 1899-12-30 suggest.
            date = civilText(daysSince1970: day - (day < 60 ? 25_568 : 25_569))
        }
        return time.map { date + " " + $0 } ?? date
    }

    /// Howard Hinnant's days-to-civil algorithm: exact, and free of Calendar and time-zone overhead.
    private static func civilText(daysSince1970 days: Int) -> String {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let dayOfMonth = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(dayOfMonth, 2)
    }

    private static func clockText(_ seconds: Int) -> String {
        padded(seconds / 3_600, 2) + ":" + padded(seconds / 60 % 60, 2) + ":" + padded(seconds % 60, 2)
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
