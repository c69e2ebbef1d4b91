/// The national holiday arrangements published each year by the General Office of the State Council, shipped as
/// every school's default. Source: 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04).
public enum OfficialCalendar {
    public static func days(of year: Int) -> [CalendarDay] { byYear[year] ?? [] }

    public static var years: [Int] { byYear.keys.sorted() }

    static let byYear: [Int: [CalendarDay]] = [2026: china2026]

    static let china2026: [CalendarDay] =
        holidays("元旦", 2026, 1, 1, through: 1, 3) + [workday("元旦调休", 2026, 1, 4)]
        + holidays("春节", 2026, 2, 15, through: 2, 23) + [workday("春节调休", 2026, 2, 14), workday("春节调休", 2026, 2, 28)]
        + holidays("清明节", 2026, 4, 4, through: 4, 6)
        + holidays("劳动节", 2026, 5, 1, through: 5, 5) + [workday("劳动节调休", 2026, 5, 9)]
        + holidays("端午节", 2026, 6, 19, through: 6, 21)
        + holidays("中秋节", 2026, 9, 25, through: 9, 27)
        + holidays("国庆节", 2026, 10, 1, through: 10, 7) + [workday("国庆节调休", 2026, 9, 20), workday("国庆节调休", 2026, 10, 10)]

    private static func holidays(_ name: String, _ year: Int, _ month: Int, _ day: Int,
                                 through lastMonth: Int, _ lastDay: Int) -> [CalendarDay] {
        let first = LocalDate(year: year, month: month, day: day)!, last = LocalDate(year: year, month: lastMonth, day: lastDay)!
        return (first.dayNumber...last.dayNumber).map { CalendarDay(LocalDate(dayNumber: $0), .holiday, name) }
    }

    private static func workday(_ name: String, _ year: Int, _ month: Int, _ day: Int) -> CalendarDay {
        CalendarDay(LocalDate(year: year, month: month, day: day)!, .workday, name)
    }
}
