import Foundation

/// When the demo's meetings take place: weekday afternoons, each kind on the days branches usually choose.
enum DemoCalendar {
    /// 0 = Monday … 6 = Sunday (1970-01-01, day number 0, was a Thursday).
    static func weekday(_ date: LocalDate) -> Int { ((date.dayNumber + 3) % 7 + 7) % 7 }

    static func isWeekend(_ date: LocalDate) -> Bool { weekday(date) >= 5 }

    /// A fixed-day event moved to the nearest weekday: a Saturday to the Friday, a Sunday to the Monday.
    static func nearestWeekday(_ date: LocalDate) -> LocalDate {
        switch weekday(date) {
        case 5: date.adding(days: -1)
        case 6: date.adding(days: 1)
        default: date
        }
    }

    /// The first weekday on or after a date, past the National Day holiday (1–7 October).
    static func weekday(onOrAfter date: LocalDate) -> LocalDate {
        var day = date
        if day.month == 10 && day.day <= 7 { day = LocalDate(year: day.year, month: 10, day: 8)! }
        while isWeekend(day) { day = day.adding(days: 1) }
        return day
    }

    /// The day a meeting of `kind` falls on in `period`, kept inside `window` (the part of the period the
    /// organisation existed in): themed days on the 15th, committees early in the month, groups late,
    /// quarterly meetings in the quarter's second or third month, the annual ones in December.
    static func day(for kind: MeetingKind, in period: Period, window: ClosedRange<LocalDate>,
                    rng: inout DemoRandom) -> LocalDate {
        let first = period.firstDay
        let drawn: LocalDate
        switch kind {
        case .themedPartyDay: drawn = nearestWeekday(first.adding(days: 14))
        case .committeeMeeting: drawn = weekday(onOrAfter: first.adding(days: rng.int(in: 2...9)))
        case .groupMeeting: drawn = weekday(onOrAfter: first.adding(days: rng.int(in: 16...23)))
        case .generalMeeting, .partyLecture:
            let month = first.adding(months: rng.pick([0, 1, 1, 2, 2]))
            drawn = weekday(onOrAfter: month.adding(days: rng.int(in: 6...22)))
        case .heartToHeartTalk: drawn = weekday(onOrAfter: december(of: period, day: rng.int(in: 1...10)))
        case .lifeMeeting, .democraticAppraisal: drawn = weekday(onOrAfter: december(of: period, day: rng.int(in: 16...23)))
        }
        return clamp(drawn, to: window)
    }

    /// Inside the window, on a weekday where the window has one.
    static func clamp(_ date: LocalDate, to window: ClosedRange<LocalDate>) -> LocalDate {
        if window.contains(date) { return date }
        if date < window.lowerBound {
            let first = weekday(onOrAfter: window.lowerBound)
            return window.contains(first) ? first : window.lowerBound
        }
        var last = window.upperBound
        while isWeekend(last) && last > window.lowerBound { last = last.adding(days: -1) }
        return last
    }

    private static func december(of period: Period, day: Int) -> LocalDate {
        LocalDate(year: period.year, month: 12, day: day)!
    }

    /// Start (minutes after midnight) and length of a meeting: afternoons, mostly 14:30.
    static func hours(for kind: MeetingKind, rng: inout DemoRandom) -> (start: Int, minutes: Int) {
        let start = rng.pick([14 * 60, 14 * 60 + 30, 14 * 60 + 30, 14 * 60 + 30, 15 * 60])
        switch kind {
        case .committeeMeeting: return (start, 60)
        case .groupMeeting: return (start, rng.pick([60, 90]))
        case .lifeMeeting: return (start, 180)
        case .democraticAppraisal: return (start, 90)
        case .generalMeeting, .partyLecture, .themedPartyDay, .heartToHeartTalk: return (start, 120)
        }
    }

    /// The instant of a wall-clock time on a date in a time zone.
    static func instant(_ date: LocalDate, minutes: Int, in timeZone: TimeZone) -> Date {
        let local = TimeInterval(date.dayNumber * 86_400 + minutes * 60)
        let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: local))
        return Date(timeIntervalSince1970: local - TimeInterval(offset))
    }
}
