@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// RULES.md §4 限时办结: a ticket is due at the end of the limit-th working day after the day it arrived,
    /// in the school's time zone; its responder is warned a working day before, its leader told when it is
    /// overdue, the supervisors a further limit later.
    @Suite struct TicketClockTests {
        typealias F = TicketFixture

        /// RULES.md §4 worked example: 3 working days from Wed 2026-09-30 are Oct 8, Oct 9 and Sat Oct 10 (调休).
        @Test func clock_rulesWorkedExample_dueSaturdayAfterNationalDay() throws {
            // setup
            let submittedAt = try F.instant("2026-09-30T10:00:00+08:00")
            // MUT
            let clock = F.deadlines().clock(submittedAt: submittedAt, limit: 3)
            // validate
            #expect(clock.dueOn == (try RuleFixture.date("2026-10-10")))
            #expect(clock.dueAt == (try F.instant("2026-10-10T16:00:00Z")))
            #expect(clock.warnAt == (try F.instant("2026-10-09T00:00:00+08:00")))
            #expect(clock.superviseAt == (try F.instant("2026-10-14T00:00:00+08:00")))
        }

        /// The day of arrival is the school's local date: 23:30 on a Friday counts from Friday, 00:30 on Saturday
        /// (still Friday in UTC) from Saturday. Before a make-up Saturday the two fall on different days.
        @Test(arguments: [
            ("2026-10-09T23:30:00+08:00", 1, "2026-10-09", "2026-10-10"),
            ("2026-10-09T16:30:00Z", 1, "2026-10-10", "2026-10-12"),
            ("2026-02-13T23:30:00+08:00", 1, "2026-02-13", "2026-02-14"),
            ("2026-02-14T00:30:00+08:00", 1, "2026-02-14", "2026-02-24"),
            ("2026-03-13T23:30:00+08:00", 1, "2026-03-13", "2026-03-16"),
            ("2026-03-13T16:30:00Z", 1, "2026-03-14", "2026-03-16"),
            ("2026-03-13T23:30:00+08:00", 2, "2026-03-13", "2026-03-17"),
            ("2026-03-13T16:30:00Z", 2, "2026-03-14", "2026-03-17"),
            ("2026-03-12T23:59:59+08:00", 1, "2026-03-12", "2026-03-13"),
            ("2026-03-13T00:00:00+08:00", 1, "2026-03-13", "2026-03-16"),
        ])
        func clock_countsFromLocalDateInShanghai(_ submitted: String, _ limit: Int, _ localDay: String,
                                                 _ dueOn: String) throws {
            // setup
            let submittedAt = try F.instant(submitted)
            // MUT
            let clock = F.deadlines().clock(submittedAt: submittedAt, limit: limit)
            // validate
            #expect(LocalDate(submittedAt, in: F.shanghai) == (try RuleFixture.date(localDay)))
            #expect(clock.dueOn == (try RuleFixture.date(dueOn)))
        }

        /// The same instant in a school that keeps UTC is still Friday, and counts from Friday.
        @Test func clock_sameInstantInUTC_countsFromFriday() throws {
            // setup
            let submittedAt = try F.instant("2026-10-09T16:30:00Z")
            // MUT
            let shanghai = F.deadlines().clock(submittedAt: submittedAt, limit: 1)
            let utc = F.deadlines(timeZone: F.utc).clock(submittedAt: submittedAt, limit: 1)
            // validate
            #expect(shanghai.dueOn == (try RuleFixture.date("2026-10-12")))
            #expect(utc.dueOn == (try RuleFixture.date("2026-10-10")))
            #expect(utc.dueAt == (try F.instant("2026-10-11T00:00:00Z")))
        }

        /// Due by the end of `dueOn`, i.e. midnight that starts the next day in Shanghai (16:00 UTC).
        @Test(arguments: [
            ("2026-03-16", "2026-03-16T16:00:00Z"), ("2026-10-10", "2026-10-10T16:00:00Z"),
            ("2026-12-31", "2026-12-31T16:00:00Z"), ("2026-02-28", "2026-02-28T16:00:00Z"),
        ])
        func clock_dueAtEndOfDueDayInShanghai(_ dueOn: String, _ dueAt: String) throws {
            // MUT
            let clock = F.deadlines().clock(dueOn: try RuleFixture.date(dueOn))
            // validate
            #expect(clock.dueAt == (try F.instant(dueAt)))
        }

        /// The responder is warned at the start of the working day before the due day.
        @Test(arguments: [
            ("2026-03-16", "2026-03-13T00:00:00+08:00"),
            ("2026-03-11", "2026-03-10T00:00:00+08:00"),
            ("2026-02-24", "2026-02-14T00:00:00+08:00"),
            ("2026-10-08", "2026-09-30T00:00:00+08:00"),
            ("2026-10-12", "2026-10-10T00:00:00+08:00"),
            ("2026-01-05", "2026-01-04T00:00:00+08:00"),
            ("2026-01-04", "2025-12-31T00:00:00+08:00"),
        ])
        func clock_warnAtStartOfWorkingDayBeforeDueDay(_ dueOn: String, _ warnAt: String) throws {
            // MUT
            let clock = F.deadlines().clock(dueOn: try RuleFixture.date(dueOn))
            // validate
            #expect(clock.warnAt == (try F.instant(warnAt)))
        }

        /// The supervisors are told at the end of the `supervisorAfterWorkingDays`-th working day past the due day.
        @Test(arguments: [
            (2, "2026-03-12", "2026-03-17T00:00:00+08:00"),
            (2, "2026-03-16", "2026-03-19T00:00:00+08:00"),
            (2, "2026-02-13", "2026-02-25T00:00:00+08:00"),
            (2, "2026-09-30", "2026-10-10T00:00:00+08:00"),
            (2, "2026-10-10", "2026-10-14T00:00:00+08:00"),
            (1, "2026-03-13", "2026-03-17T00:00:00+08:00"),
            (5, "2026-03-16", "2026-03-24T00:00:00+08:00"),
        ])
        func clock_superviseAtAfterSupervisorLimit(_ days: Int, _ dueOn: String, _ superviseAt: String) throws {
            // setup
            let deadlines = F.deadlines(TicketSettings(supervisorAfterWorkingDays: days))
            // MUT
            let clock = deadlines.clock(dueOn: try RuleFixture.date(dueOn))
            // validate
            #expect(clock.superviseAt == (try F.instant(superviseAt)))
        }

        /// A school holiday on the due path moves the deadline like an official one.
        @Test func clock_schoolHolidayMovesDueDay() throws {
            // setup
            let deadlines = F.deadlines(school: [CalendarDay(try RuleFixture.date("2026-05-20"), .holiday, "校庆")])
            // MUT
            let clock = deadlines.clock(submittedAt: try F.instant("2026-05-18T09:00:00+08:00"), limit: 2)
            // validate
            #expect(clock.dueOn == (try RuleFixture.date("2026-05-21")))
            #expect(clock.warnAt == (try F.instant("2026-05-19T00:00:00+08:00")))
        }

        /// Each boundary belongs to the later level: one second before it, the earlier one still holds.
        @Test(arguments: [
            ("2026-03-16", "2026-03-09T09:00:00+08:00", Escalation.none),
            ("2026-03-16", "2026-03-12T23:59:59+08:00", .none),
            ("2026-03-16", "2026-03-13T00:00:00+08:00", .warned),
            ("2026-03-16", "2026-03-16T23:59:59+08:00", .warned),
            ("2026-03-16", "2026-03-17T00:00:00+08:00", .leader),
            ("2026-03-16", "2026-03-18T23:59:59+08:00", .leader),
            ("2026-03-16", "2026-03-19T00:00:00+08:00", .supervisor),
            ("2026-03-16", "2026-06-01T00:00:00+08:00", .supervisor),
            ("2026-10-10", "2026-10-08T23:59:59+08:00", .none),
            ("2026-10-10", "2026-10-09T00:00:00+08:00", .warned),
            ("2026-10-10", "2026-10-10T23:59:59+08:00", .warned),
            ("2026-10-10", "2026-10-11T00:00:00+08:00", .leader),
            ("2026-10-10", "2026-10-13T23:59:59+08:00", .leader),
            ("2026-10-10", "2026-10-14T00:00:00+08:00", .supervisor),
        ])
        func escalation_justBeforeAndAtEachBoundary(_ dueOn: String, _ now: String, _ expected: Escalation) throws {
            // setup
            let clock = F.deadlines().clock(dueOn: try RuleFixture.date(dueOn))
            // MUT
            let escalation = clock.escalation(at: try F.instant(now))
            // validate
            #expect(escalation == expected)
        }

        @Test func escalation_levelsOrdered() {
            #expect(Escalation.none < .warned && Escalation.warned < .leader && Escalation.leader < .supervisor)
            #expect(Escalation.allCases.sorted() == [.none, .warned, .leader, .supervisor])
        }

        /// Waiting for information: the working days in (day asked, day answered] are added to the due day.
        @Test(arguments: [
            // Mon → Wed: Tue and Wed
            ("2026-03-16", "2026-03-09T10:00:00+08:00", "2026-03-11T15:00:00+08:00", 2, "2026-03-18"),
            // the same day
            ("2026-03-16", "2026-03-09T10:00:00+08:00", "2026-03-09T17:00:00+08:00", 0, "2026-03-16"),
            // over a weekend: Fri → Sun nothing, Sat → Sun nothing, Fri → Mon the Monday
            ("2026-03-18", "2026-03-13T10:00:00+08:00", "2026-03-15T20:00:00+08:00", 0, "2026-03-18"),
            ("2026-03-18", "2026-03-14T10:00:00+08:00", "2026-03-15T20:00:00+08:00", 0, "2026-03-18"),
            ("2026-03-18", "2026-03-13T10:00:00+08:00", "2026-03-16T09:00:00+08:00", 1, "2026-03-19"),
            // across the National Day week: Oct 8; Oct 8 and 9 (and the new due day skips to Mon 12)
            ("2026-10-09", "2026-09-30T10:00:00+08:00", "2026-10-08T10:00:00+08:00", 1, "2026-10-10"),
            ("2026-10-09", "2026-09-30T10:00:00+08:00", "2026-10-09T10:00:00+08:00", 2, "2026-10-12"),
            // across the Spring Festival: Sat 14 Feb, Tue 24, Wed 25
            ("2026-02-26", "2026-02-13T10:00:00+08:00", "2026-02-25T10:00:00+08:00", 3, "2026-03-02"),
            // across Shanghai midnight (both instants are Monday in UTC)
            ("2026-03-18", "2026-03-16T23:30:00+08:00", "2026-03-17T00:30:00+08:00", 1, "2026-03-19"),
        ])
        func resumed_addsPausedWorkingDaysToDueDay(_ dueOn: String, _ pausedAt: String, _ resumedAt: String,
                                                   _ pausedDays: Int, _ newDueOn: String) throws {
            // setup
            let deadlines = F.deadlines()
            let clock = deadlines.clock(dueOn: try RuleFixture.date(dueOn))
            // MUT
            let resumed = deadlines.resumed(clock, pausedAt: try F.instant(pausedAt), resumedAt: try F.instant(resumedAt))
            // validate
            #expect(resumed.pausedDays == pausedDays)
            #expect(resumed.clock.dueOn == (try RuleFixture.date(newDueOn)))
            #expect(resumed.clock == deadlines.clock(dueOn: try RuleFixture.date(newDueOn)))
        }

        /// The pause counts in the school's time zone: 23:30 → 00:30 in Shanghai is a day, in UTC none.
        @Test func resumed_pauseAcrossShanghaiMidnight_countsLocalDays() throws {
            // setup
            let pausedAt = try F.instant("2026-03-16T15:30:00Z"), resumedAt = try F.instant("2026-03-16T16:30:00Z")
            let shanghai = F.deadlines(), utc = F.deadlines(timeZone: F.utc)
            // MUT
            let inShanghai = shanghai.resumed(shanghai.clock(dueOn: try RuleFixture.date("2026-03-18")), pausedAt: pausedAt, resumedAt: resumedAt)
            let inUTC = utc.resumed(utc.clock(dueOn: try RuleFixture.date("2026-03-18")), pausedAt: pausedAt, resumedAt: resumedAt)
            // validate
            #expect(inShanghai.pausedDays == 1)
            #expect(inUTC.pausedDays == 0)
            #expect(inUTC.clock.dueOn == (try RuleFixture.date("2026-03-18")))
        }
    }
}
