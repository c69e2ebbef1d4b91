import Foundation

/// Day arithmetic for the demo, without a `Calendar`: stage dates step by days as well as months.
extension LocalDate {
    /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`).
    var demoDayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a day number, clamped to the years `LocalDate` accepts.
    static func demoDate(dayNumber: Int) -> LocalDate {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        if year < 1900 { return LocalDate(year: 1900, month: 1, day: 1)! }
        if year > 2200 { return LocalDate(year: 2200, month: 12, day: 31)! }
        return LocalDate(year: year, month: month, day: day)!
    }

    func addingDays(_ days: Int) -> LocalDate { .demoDate(dayNumber: demoDayNumber + days) }

    func days(until other: LocalDate) -> Int { other.demoDayNumber - demoDayNumber }
}
