/// A school's working days: Monday to Friday, less public and school holidays, plus make-up working days.
/// Built from the official arrangements with the school's own entries on top (a school entry wins on its date).
public struct WorkCalendar: Sendable {
    private let exceptions: [LocalDate: CalendarDay]

    public init(official: [CalendarDay] = [], school: [CalendarDay] = []) {
        var exceptions: [LocalDate: CalendarDay] = [:]
        for day in official { exceptions[day.date] = day }
        for day in school { exceptions[day.date] = day }
        self.exceptions = exceptions.filter { $0.value.kind != .ordinary }
    }

    /// The official arrangements of the years around `year` (a deadline in late December runs into January).
    public static func standard(around year: Int, school: [CalendarDay] = []) -> WorkCalendar {
        WorkCalendar(official: (year - 1...year + 1).flatMap(OfficialCalendar.days(of:)), school: school)
    }

    public func isWorkingDay(_ date: LocalDate) -> Bool {
        switch exceptions[date]?.kind {
        case .holiday: false
        case .workday: true
        case .ordinary, nil: !date.isWeekend
        }
    }

    /// The entry that makes this date special, if any.
    public func exception(on date: LocalDate) -> CalendarDay? { exceptions[date] }

    /// The `count`-th working day after `date` (not counting `date` itself); `date` when count is 0.
    public func adding(workingDays count: Int, to date: LocalDate) -> LocalDate {
        var day = date, left = count
        while left > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day) { left -= 1 }
        }
        return day
    }

    /// The last working day strictly before `date`.
    public func workingDay(before date: LocalDate) -> LocalDate {
        var day = date.adding(days: -1)
        while !isWorkingDay(day) { day = day.adding(days: -1) }
        return day
    }

    /// Working days in (start, end]: how many working days pass from the end of `start` to the end of `end`.
    public func workingDays(after start: LocalDate, through end: LocalDate) -> Int {
        guard end > start else { return 0 }
        return (start.dayNumber + 1...end.dayNumber).count { isWorkingDay(LocalDate(dayNumber: $0)) }
    }
}
