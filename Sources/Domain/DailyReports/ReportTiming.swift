import Foundation

/// When a report belongs and whether it is late: the report's day is the date of its instant in the
/// school's time zone (Asia/Shanghai: 23:59 on the 1st and 00:01 on the 2nd are different days), and it is
/// late once the cut-off of that day has passed.
public struct ReportTiming: Sendable {
    public var timeZone: TimeZone
    public var settings: ReportSettings

    public init(timeZone: TimeZone, settings: ReportSettings) { self.timeZone = timeZone; self.settings = settings }

    public func day(of instant: Date) -> LocalDate { LocalDate(instant, in: timeZone) }

    public func cutoff(of day: LocalDate) -> Date {
        day.start(in: timeZone).addingTimeInterval(TimeInterval(settings.cutoffMinute * 60))
    }

    public func reminder(of day: LocalDate) -> Date {
        day.start(in: timeZone).addingTimeInterval(TimeInterval(settings.reminderMinute * 60))
    }

    public func isLate(_ instant: Date) -> Bool { instant > cutoff(of: day(of: instant)) }
}
