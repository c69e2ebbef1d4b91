import Foundation

/// Instants on the school's calendar for the demo's tickets: office hours on working days, and the deadlines the
/// school would compute, with the official calendar of the year around each action (as `CalendarStore` does).
struct DemoTicketTime {
    let timeZone: TimeZone
    let settings: TicketSettings
    /// The demo's present: the start of its `today`. Nothing happens at or after it.
    let now: Date
    private var deadlinesByYear: [Int: TicketDeadlines] = [:]

    static let officeOpens = 8 * 60 + 30
    static let officeCloses = 17 * 60 + 30

    init(timeZone: TimeZone, today: LocalDate, settings: TicketSettings = .standard) {
        self.timeZone = timeZone; self.settings = settings
        now = DemoCalendar.instant(today, minutes: 0, in: timeZone)
        for year in today.year - 2...today.year + 1 {
            deadlinesByYear[year] = TicketDeadlines(calendar: .standard(around: year), timeZone: timeZone, settings: settings)
        }
    }

    /// The deadlines an action at `date` is judged by: the calendar around that instant's year.
    func deadlines(at date: Date) -> TicketDeadlines {
        let year = day(of: date).year
        return deadlinesByYear[year] ?? TicketDeadlines(calendar: .standard(around: year), timeZone: timeZone, settings: settings)
    }

    var calendar: WorkCalendar { deadlines(at: now).calendar }

    func day(of date: Date) -> LocalDate {
        let local = Int(date.timeIntervalSince1970) + timeZone.secondsFromGMT(for: date)
        return LocalDate(dayNumber: Int((Double(local) / 86_400).rounded(.down)))
    }

    /// Minutes after local midnight.
    func minutes(of date: Date) -> Int {
        let local = Int(date.timeIntervalSince1970) + timeZone.secondsFromGMT(for: date)
        return ((local % 86_400) + 86_400) % 86_400 / 60
    }

    func instant(_ day: LocalDate, minutes: Int) -> Date { DemoCalendar.instant(day, minutes: minutes, in: timeZone) }

    func isOfficeHours(_ date: Date) -> Bool {
        let m = minutes(of: date)
        return m >= Self.officeOpens && m < Self.officeCloses && calendar.isWorkingDay(day(of: date))
    }

    /// When staff act on something that arrived at `date`: a while later in office hours, else early on the next
    /// working morning.
    func handlerTime(after date: Date, minutes delay: ClosedRange<Int>, rng: inout DemoRandom) -> Date {
        let soon = date.addingTimeInterval(TimeInterval(rng.int(in: delay) * 60))
        if isOfficeHours(soon) { return soon }
        let today = day(of: date)
        let morning = calendar.isWorkingDay(today) && minutes(of: date) < Self.officeOpens
            ? today : calendar.adding(workingDays: 1, to: today)
        return instant(morning, minutes: Self.officeOpens + rng.int(in: 0...120))
    }

    /// An answer within the deadline: usually within a day or two, at an office hour, never at or past `dueAt`.
    func onTimeAnswer(after date: Date, clock: TicketClock, rng: inout DemoRandom) -> Date? {
        guard date < clock.dueAt else { return nil }
        var days: [LocalDate] = []
        var d = day(of: date)
        while d <= clock.dueOn {
            if calendar.isWorkingDay(d) { days.append(d) }
            d = d.adding(days: 1)
        }
        var k = 0
        while k < days.count - 1 && rng.chance(0.5) { k += 1 }
        var at = days.isEmpty ? date : instant(days[k], minutes: rng.int(in: 9 * 60...17 * 60 + 20))
        if at <= date.addingTimeInterval(900) { at = date.addingTimeInterval(TimeInterval(rng.int(in: 20...240) * 60)) }
        if at >= clock.dueAt { at = date.addingTimeInterval(clock.dueAt.timeIntervalSince(date) * Double(rng.int(in: 20...80)) / 100) }
        return at
    }

    /// An answer one to four working days past the deadline.
    func lateAnswer(after date: Date, clock: TicketClock, rng: inout DemoRandom) -> Date {
        let day = calendar.adding(workingDays: rng.int(in: 1...4), to: clock.dueOn)
        let at = instant(day, minutes: rng.int(in: 9 * 60...17 * 60 + 20))
        return max(at, date.addingTimeInterval(TimeInterval(rng.int(in: 30...240) * 60)))
    }

    /// When a requester reacts: any waking hour, `hours` after `date`.
    func requesterTime(after date: Date, hours: ClosedRange<Int>, rng: inout DemoRandom) -> Date {
        var at = date.addingTimeInterval(TimeInterval(rng.int(in: hours.lowerBound * 60...hours.upperBound * 60) * 60))
        let m = minutes(of: at)
        if m < 7 * 60 { at = at.addingTimeInterval(TimeInterval((7 * 60 - m + rng.int(in: 0...180)) * 60)) }
        return at
    }
}
