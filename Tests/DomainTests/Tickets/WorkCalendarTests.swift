@testable import Domain
import Testing

extension RuleTests {
    /// RULES.md §4: working days skip weekends and the holiday calendar, count the make-up working days (调休),
    /// and a school may add its own days or undo an official one.
    @Suite struct WorkCalendarTests {
        typealias F = TicketFixture

        /// ISO weekday, 1 Monday … 7 Sunday, on dates checked against a printed calendar.
        @Test(arguments: [
            ("1970-01-01", 4), ("1969-12-31", 3), ("1900-01-01", 1), ("2000-01-01", 6), ("2024-02-29", 4),
            ("2026-01-01", 4), ("2026-01-04", 7), ("2026-02-14", 6), ("2026-02-16", 1), ("2026-09-30", 3),
            ("2026-10-10", 6), ("2026-10-11", 7), ("2200-12-31", 3),
        ])
        func weekday_knownDates(_ iso: String, _ weekday: Int) throws {
            // setup
            let date = try RuleFixture.date(iso)
            // MUT / validate
            #expect(date.weekday == weekday)
            #expect(date.isWeekend == (weekday >= 6))
        }

        /// An ordinary week (9–15 March 2026): Monday to Friday work, Saturday and Sunday do not.
        @Test(arguments: [
            ("2026-03-09", true), ("2026-03-10", true), ("2026-03-11", true), ("2026-03-12", true),
            ("2026-03-13", true), ("2026-03-14", false), ("2026-03-15", false),
        ])
        func isWorkingDay_ordinaryWeek_weekendsOff(_ iso: String, _ working: Bool) throws {
            // setup
            let date = try RuleFixture.date(iso)
            // MUT / validate
            #expect(F.calendar.isWorkingDay(date) == working)
            #expect(F.calendar.exception(on: date) == nil)
        }

        /// Every day of every 2026 holiday is off, whatever its weekday, and carries the holiday's name.
        @Test(arguments: [
            ("元旦", "2026-01-01", "2026-01-03"),
            ("春节", "2026-02-15", "2026-02-23"),
            ("清明节", "2026-04-04", "2026-04-06"),
            ("劳动节", "2026-05-01", "2026-05-05"),
            ("端午节", "2026-06-19", "2026-06-21"),
            ("中秋节", "2026-09-25", "2026-09-27"),
            ("国庆节", "2026-10-01", "2026-10-07"),
        ])
        func isWorkingDay_officialHoliday2026_everyDayOff(_ name: String, _ first: String, _ last: String) throws {
            // setup
            let first = try RuleFixture.date(first), last = try RuleFixture.date(last)
            // MUT
            let days = (first.dayNumber...last.dayNumber).map { LocalDate(dayNumber: $0) }
            // validate
            for day in days {
                #expect(!F.calendar.isWorkingDay(day), "\(day) should be off")
                #expect(F.calendar.exception(on: day) == CalendarDay(day, .holiday, name))
            }
        }

        /// The working days that bracket each holiday are untouched (the day before and the day after).
        @Test(arguments: [
            "2025-12-31", "2026-02-13", "2026-02-24", "2026-04-03", "2026-04-07", "2026-04-30", "2026-05-06",
            "2026-06-18", "2026-06-22", "2026-09-24", "2026-09-28", "2026-09-30", "2026-10-08",
        ])
        func isWorkingDay_dayBeforeOrAfterHoliday_working(_ iso: String) throws {
            // MUT / validate
            #expect(F.calendar.isWorkingDay(try RuleFixture.date(iso)))
        }

        /// 调休上班: each make-up day is a Saturday or Sunday that is worked.
        @Test(arguments: [
            ("2026-01-04", 7, "元旦调休"), ("2026-02-14", 6, "春节调休"), ("2026-02-28", 6, "春节调休"),
            ("2026-05-09", 6, "劳动节调休"), ("2026-09-20", 7, "国庆节调休"), ("2026-10-10", 6, "国庆节调休"),
        ])
        func isWorkingDay_makeUpWorkday2026_worked(_ iso: String, _ weekday: Int, _ name: String) throws {
            // setup
            let date = try RuleFixture.date(iso)
            // MUT / validate
            #expect(date.weekday == weekday && date.isWeekend)
            #expect(F.calendar.isWorkingDay(date))
            #expect(F.calendar.exception(on: date) == CalendarDay(date, .workday, name))
        }

        /// The published 2026 arrangements: 33 days off and 6 make-up days, and nothing for an unpublished year.
        @Test func officialCalendar_2026_33HolidaysAnd6Workdays() {
            // MUT
            let days = OfficialCalendar.days(of: 2026)
            // validate
            #expect(days.count { $0.kind == .holiday } == 33)
            #expect(days.count { $0.kind == .workday } == 6)
            #expect(Set(days.map(\.date)).count == days.count)
            #expect(OfficialCalendar.years == [2026])
            #expect(OfficialCalendar.days(of: 2027).isEmpty)
        }

        /// 2026 has 261 weekdays; 19 holidays fall on them and 6 weekend days are worked: 248 working days.
        @Test func workingDays_wholeYear2026_248() throws {
            // MUT
            let count = F.calendar.workingDays(after: try RuleFixture.date("2025-12-31"), through: try RuleFixture.date("2026-12-31"))
            // validate
            #expect(count == 248)
        }

        /// A school's own day off (校庆, Wed 20 May) is off for that school only.
        @Test func isWorkingDay_schoolHolidayAdded_off() throws {
            // setup
            let anniversary = try RuleFixture.date("2026-05-20")
            let school = WorkCalendar.standard(around: 2026, school: [CalendarDay(anniversary, .holiday, "校庆")])
            // MUT / validate
            #expect(!school.isWorkingDay(anniversary))
            #expect(school.exception(on: anniversary)?.name == "校庆")
            #expect(F.calendar.isWorkingDay(anniversary))
            #expect(school.adding(workingDays: 1, to: try RuleFixture.date("2026-05-19")) == (try RuleFixture.date("2026-05-21")))
            #expect(school.workingDays(after: try RuleFixture.date("2026-05-18"), through: try RuleFixture.date("2026-05-22")) == 3)
        }

        /// A school entry `.ordinary` undoes the official entry of its date: Wed 7 October becomes a working day,
        /// Sat 10 October an ordinary Saturday again; the neighbouring days keep the official arrangement.
        @Test(arguments: [("2026-10-07", true), ("2026-10-10", false)])
        func isWorkingDay_schoolOrdinaryCancelsOfficialEntry(_ iso: String, _ working: Bool) throws {
            // setup
            let date = try RuleFixture.date(iso)
            let school = WorkCalendar.standard(around: 2026, school: [CalendarDay(date, .ordinary, "正常上课")])
            // MUT / validate
            #expect(school.isWorkingDay(date) == working)
            #expect(school.exception(on: date) == nil)
            #expect(!school.isWorkingDay(try RuleFixture.date("2026-10-06")))
            #expect(school.isWorkingDay(try RuleFixture.date("2026-10-09")))
        }

        /// A school entry wins over the official one on its date, both ways.
        @Test func isWorkingDay_schoolEntryWinsOverOfficial() throws {
            // setup
            let makeUp = try RuleFixture.date("2026-02-28"), holiday = try RuleFixture.date("2026-04-06")
            let plainSaturday = try RuleFixture.date("2026-03-21")
            let school = WorkCalendar.standard(around: 2026, school: [
                CalendarDay(makeUp, .holiday, "寒假"), CalendarDay(holiday, .workday, "补课"),
                CalendarDay(plainSaturday, .workday, "运动会补课"),
            ])
            // MUT / validate
            #expect(!school.isWorkingDay(makeUp))
            #expect(school.isWorkingDay(holiday))
            #expect(school.isWorkingDay(plainSaturday))
        }

        @Test(arguments: [
            // ordinary weeks
            ("2026-03-12", 0, "2026-03-12"), ("2026-10-01", 0, "2026-10-01"), ("2026-03-12", 1, "2026-03-13"),
            ("2026-03-13", 1, "2026-03-16"), ("2026-03-14", 1, "2026-03-16"), ("2026-03-15", 1, "2026-03-16"),
            ("2026-03-12", 3, "2026-03-17"), ("2026-03-13", 5, "2026-03-20"), ("2026-03-09", 5, "2026-03-16"),
            // New Year, into a make-up Sunday
            ("2025-12-31", 1, "2026-01-04"), ("2025-12-30", 2, "2026-01-04"),
            // Spring Festival: worked Sat 14 Feb, then nothing until Tue 24 Feb; worked Sat 28 Feb
            ("2026-02-13", 1, "2026-02-14"), ("2026-02-13", 2, "2026-02-24"), ("2026-02-14", 1, "2026-02-24"),
            ("2026-02-12", 3, "2026-02-24"), ("2026-02-27", 1, "2026-02-28"), ("2026-02-27", 2, "2026-03-02"),
            ("2026-02-13", 10, "2026-03-05"),
            // Qingming, Labour Day, Dragon Boat
            ("2026-04-03", 1, "2026-04-07"), ("2026-04-30", 1, "2026-05-06"), ("2026-06-18", 1, "2026-06-22"),
            // Mid-Autumn and the National Day week: worked Sun 20 Sep and Sat 10 Oct
            ("2026-09-18", 1, "2026-09-20"), ("2026-09-24", 1, "2026-09-28"), ("2026-09-29", 2, "2026-10-08"),
            ("2026-09-30", 1, "2026-10-08"), ("2026-09-30", 3, "2026-10-10"), ("2026-09-30", 4, "2026-10-12"),
            ("2026-10-09", 1, "2026-10-10"), ("2026-10-10", 1, "2026-10-12"), ("2026-09-21", 10, "2026-10-12"),
        ])
        func adding_workingDays_skipsWeekendsAndHolidays(_ start: String, _ count: Int, _ expected: String) throws {
            // setup
            let date = try RuleFixture.date(start)
            // MUT
            let result = F.calendar.adding(workingDays: count, to: date)
            // validate
            #expect(result == (try RuleFixture.date(expected)))
        }

        @Test(arguments: [
            ("2026-03-11", "2026-03-10"), ("2026-03-16", "2026-03-13"), ("2026-03-15", "2026-03-13"),
            ("2026-01-04", "2025-12-31"), ("2026-01-05", "2026-01-04"), ("2026-02-24", "2026-02-14"),
            ("2026-04-07", "2026-04-03"), ("2026-05-06", "2026-04-30"), ("2026-09-21", "2026-09-20"),
            ("2026-09-28", "2026-09-24"), ("2026-10-08", "2026-09-30"), ("2026-10-10", "2026-10-09"),
            ("2026-10-11", "2026-10-10"), ("2026-10-12", "2026-10-10"),
        ])
        func workingDayBefore_lastWorkingDayStrictlyBefore(_ date: String, _ expected: String) throws {
            // MUT
            let result = F.calendar.workingDay(before: try RuleFixture.date(date))
            // validate
            #expect(result == (try RuleFixture.date(expected)))
        }

        /// Working days in (start, end]: the start day itself never counts, the end day does.
        @Test(arguments: [
            ("2026-03-11", "2026-03-11", 0), ("2026-03-11", "2026-03-09", 0), ("2026-03-09", "2026-03-11", 2),
            ("2026-03-13", "2026-03-15", 0), ("2026-03-14", "2026-03-15", 0), ("2026-03-13", "2026-03-16", 1),
            ("2026-03-14", "2026-03-16", 1), ("2025-12-31", "2026-01-05", 2), ("2026-02-13", "2026-02-24", 2),
            ("2026-02-13", "2026-02-25", 3), ("2026-09-24", "2026-09-28", 1), ("2026-09-30", "2026-10-07", 0),
            ("2026-09-30", "2026-10-08", 1), ("2026-09-30", "2026-10-09", 2), ("2026-09-30", "2026-10-10", 3),
        ])
        func workingDaysAfterThrough_countsHalfOpenInterval(_ start: String, _ end: String, _ expected: Int) throws {
            // MUT
            let count = F.calendar.workingDays(after: try RuleFixture.date(start), through: try RuleFixture.date(end))
            // validate
            #expect(count == expected)
        }

        /// `workingDays(after:through:)` undoes `adding(workingDays:to:)` from any start, on working days or not.
        @Test(arguments: ["2025-12-29", "2026-02-11", "2026-02-14", "2026-04-30", "2026-09-19", "2026-09-30", "2026-10-03"],
              [0, 1, 2, 3, 5, 8, 13])
        func workingDays_inverseOfAdding(_ start: String, _ count: Int) throws {
            // setup
            let date = try RuleFixture.date(start)
            // MUT
            let due = F.calendar.adding(workingDays: count, to: date)
            // validate
            #expect(F.calendar.workingDays(after: date, through: due) == count)
            #expect(count == 0 || F.calendar.isWorkingDay(due))
        }
    }
}
