import Foundation

extension LocalDate {
    /// The first instant of this date in a time zone (midnight, or the first minute after a gap).
    public func start(in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(from: DateComponents(year: year, month: month, day: day))!
    }

    /// The end of this date in a time zone: the first instant of the next.
    public func end(in timeZone: TimeZone) -> Date { adding(days: 1).start(in: timeZone) }
}
