import Foundation

/// A ticket's time limit on the school's working calendar: the day it is due, when its responder is warned,
/// when it is overdue and when it goes to the supervisors. Transfer keeps it; waiting for information moves it.
public struct TicketClock: Equatable, Codable, Sendable {
    /// Due by the end of this working day (school time zone).
    public var dueOn: LocalDate
    /// The end of `dueOn`: answered after this, a ticket is late.
    public var dueAt: Date
    /// The start of the working day before `dueOn`.
    public var warnAt: Date
    /// The end of the supervisor limit's last working day past `dueOn`.
    public var superviseAt: Date

    public init(dueOn: LocalDate, dueAt: Date, warnAt: Date, superviseAt: Date) {
        self.dueOn = dueOn; self.dueAt = dueAt; self.warnAt = warnAt; self.superviseAt = superviseAt
    }

    /// The escalation an unanswered, running ticket has reached at `now`.
    public func escalation(at now: Date) -> Escalation {
        if now >= superviseAt { return .supervisor }
        if now >= dueAt { return .leader }
        if now >= warnAt { return .warned }
        return .none
    }
}

/// Computes ticket clocks for one school: its calendar, its time zone, its settings.
public struct TicketDeadlines: Sendable {
    public var calendar: WorkCalendar
    public var timeZone: TimeZone
    public var settings: TicketSettings

    public init(calendar: WorkCalendar, timeZone: TimeZone, settings: TicketSettings = .standard) {
        self.calendar = calendar; self.timeZone = timeZone; self.settings = settings
    }

    /// A ticket submitted at `submittedAt` with a limit of `limit` working days is due at the end of the
    /// `limit`-th working day after the day it arrived (RULES.md §4: Wed 2026-09-30 + 3 → Sat 2026-10-10).
    public func clock(submittedAt: Date, limit: Int) -> TicketClock {
        clock(dueOn: calendar.adding(workingDays: limit, to: LocalDate(submittedAt, in: timeZone)))
    }

    public func clock(dueOn: LocalDate) -> TicketClock {
        let supervise = calendar.adding(workingDays: settings.supervisorAfterWorkingDays, to: dueOn)
        return TicketClock(dueOn: dueOn, dueAt: dueOn.end(in: timeZone),
                           warnAt: calendar.workingDay(before: dueOn).start(in: timeZone),
                           superviseAt: supervise.end(in: timeZone))
    }

    /// The clock after a pause for information: the working days that passed from the day it was asked for to
    /// the day it arrived are added to the due day, so the responder keeps the working days they had.
    public func resumed(_ clock: TicketClock, pausedAt: Date, resumedAt: Date) -> (clock: TicketClock, pausedDays: Int) {
        let paused = calendar.workingDays(after: LocalDate(pausedAt, in: timeZone), through: LocalDate(resumedAt, in: timeZone))
        return (self.clock(dueOn: calendar.adding(workingDays: paused, to: clock.dueOn)), paused)
    }
}
