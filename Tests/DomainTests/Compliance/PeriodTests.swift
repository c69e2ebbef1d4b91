@testable import Domain
import Testing

extension RuleTests {
    /// RULES.md §1 judges each kind per calendar month, quarter or year (and a school may use half years).
    @Suite struct PeriodTests {
        @Test(arguments: [
            (Period.Unit.month, 2026, 1, "2026-01-01", "2026-01-31"),
            (.month, 2026, 2, "2026-02-01", "2026-02-28"),
            (.month, 2024, 2, "2024-02-01", "2024-02-29"),
            (.month, 2000, 2, "2000-02-01", "2000-02-29"),
            (.month, 2100, 2, "2100-02-01", "2100-02-28"),
            (.month, 2026, 3, "2026-03-01", "2026-03-31"),
            (.month, 2026, 4, "2026-04-01", "2026-04-30"),
            (.month, 2026, 12, "2026-12-01", "2026-12-31"),
            (.quarter, 2026, 1, "2026-01-01", "2026-03-31"),
            (.quarter, 2026, 2, "2026-04-01", "2026-06-30"),
            (.quarter, 2026, 3, "2026-07-01", "2026-09-30"),
            (.quarter, 2026, 4, "2026-10-01", "2026-12-31"),
            (.halfYear, 2026, 1, "2026-01-01", "2026-06-30"),
            (.halfYear, 2026, 2, "2026-07-01", "2026-12-31"),
            (.year, 2026, 1, "2026-01-01", "2026-12-31"),
        ])
        func firstAndLastDay_calendarBoundaries(_ unit: Period.Unit, _ year: Int, _ index: Int,
                                                _ first: String, _ last: String) throws {
            // setup
            let period = Period(unit: unit, year: year, index: index)
            // MUT / validate
            #expect(period.firstDay == (try RuleFixture.date(first)))
            #expect(period.lastDay == (try RuleFixture.date(last)))
        }

        /// 31 March closes March, Q1 and nothing else; 1 April opens April and Q2 in the same half year.
        @Test(arguments: [
            ("2026-03-31", "2026-03", "2026-Q1", "2026-H1"),
            ("2026-04-01", "2026-04", "2026-Q2", "2026-H1"),
            ("2024-02-29", "2024-02", "2024-Q1", "2024-H1"),
            ("2026-06-30", "2026-06", "2026-Q2", "2026-H1"),
            ("2026-07-01", "2026-07", "2026-Q3", "2026-H2"),
            ("2026-01-01", "2026-01", "2026-Q1", "2026-H1"),
            ("2026-12-31", "2026-12", "2026-Q4", "2026-H2"),
        ])
        func containing_dateFallsInItsCalendarPeriod(_ iso: String, _ month: String, _ quarter: String,
                                                    _ half: String) throws {
            // setup
            let date = try RuleFixture.date(iso)
            // MUT
            let periods = [Period.Unit.month, .quarter, .halfYear, .year].map { Period.containing(date, unit: $0) }
            // validate
            #expect(periods.map(\.description) == [month, quarter, half, String(date.year)])
            #expect(periods.allSatisfy { $0.contains(date) })
        }

        @Test func contains_boundariesInclusive_neighboursAndOtherYearsExcluded() throws {
            // setup
            let q1 = Period(unit: .quarter, year: 2026, index: 1)
            // MUT / validate
            #expect(q1.contains(try RuleFixture.date("2026-01-01")))
            #expect(q1.contains(try RuleFixture.date("2026-03-31")))
            #expect(!q1.contains(try RuleFixture.date("2026-04-01")))
            #expect(!q1.contains(try RuleFixture.date("2025-12-31")))
            #expect(!q1.contains(try RuleFixture.date("2025-03-31")))
        }

        /// The periods of a unit tile the year: they start on 1 January, follow each other without a gap or an
        /// overlap, and end on 31 December.
        @Test(arguments: [(Period.Unit.month, 12), (.quarter, 4), (.halfYear, 2), (.year, 1)])
        func all_tilesTheYearWithoutGaps(_ unit: Period.Unit, _ count: Int) throws {
            // MUT
            let periods = Period.all(in: 2024, unit: unit)
            // validate
            #expect(periods.count == count)
            #expect(periods.first?.firstDay == (try RuleFixture.date("2024-01-01")))
            #expect(periods.last?.lastDay == (try RuleFixture.date("2024-12-31")))
            for (previous, next) in zip(periods, periods.dropFirst()) {
                #expect(previous.lastDay.adding(days: 1) == next.firstDay)
                #expect(previous < next)
            }
            #expect(periods.reduce(0) { $0 + $1.firstDay.days(until: $1.lastDay) + 1 } == 366)
        }

        @Test(arguments: [(Period(unit: .month, year: 2026, index: 3), "2026-03"),
                          (Period(unit: .month, year: 2026, index: 11), "2026-11"),
                          (Period(unit: .quarter, year: 2026, index: 2), "2026-Q2"),
                          (Period(unit: .halfYear, year: 2026, index: 1), "2026-H1"),
                          (Period(unit: .year, year: 2026, index: 1), "2026")])
        func description_stableKey(_ period: Period, _ key: String) {
            #expect(period.description == key)
        }

        @Test func label_namesThePeriodInBothLocales() {
            #expect(Period(unit: .month, year: 2026, index: 3).label == Message(zh: "2026年3月", en: "Mar 2026"))
            #expect(Period(unit: .quarter, year: 2026, index: 2).label == Message(zh: "2026年第2季度", en: "Q2 2026"))
            #expect(Period(unit: .halfYear, year: 2026, index: 2).label.zh == "2026年下半年")
        }
    }
}
