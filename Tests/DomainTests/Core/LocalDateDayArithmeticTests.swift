@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// Day numbers (days since 1970-01-01) and day arithmetic, which period ends, grace and reminders rely on.
    @Suite struct LocalDateDayArithmeticTests {
        /// 2026-01-01 is `RuleFixture.t0` / 86 400; 1900 to 1970 is 70 × 365 days plus 17 leap days (1904…1968).
        @Test(arguments: [("1970-01-01", 0), ("1970-01-02", 1), ("1969-12-31", -1), ("2026-01-01", 20_454),
                          ("2000-01-01", 10_957), ("2000-03-01", 11_017), ("1900-01-01", -25_567),
                          ("2024-02-29", 19_782)])
        func dayNumber_knownDays(_ iso: String, _ number: Int) throws {
            // setup
            let date = try RuleFixture.date(iso)
            // MUT / validate
            #expect(date.dayNumber == number)
            #expect(LocalDate(dayNumber: number) == date)
        }

        /// Every day from 1900-01-01 to 2200-12-31: the round trip is exact, each day follows the previous one, and
        /// Foundation's Gregorian calendar at UTC midnight agrees.
        @Test func dayNumber_roundTripOverTheWholeRange() throws {
            // setup
            let first = try RuleFixture.date("1900-01-01").dayNumber
            let last = try RuleFixture.date("2200-12-31").dayNumber
            let utc = try #require(TimeZone(identifier: "UTC"))
            var previous: LocalDate?
            var mismatches: [Int] = []
            // MUT
            for number in first...last {
                let date = LocalDate(dayNumber: number)
                if date.dayNumber != number || LocalDate(iso: date.iso) != date { mismatches.append(number) }
                if let previous, !(previous < date) { mismatches.append(number) }
                if number % 97 == 0, LocalDate(Date(timeIntervalSince1970: Double(number) * 86_400), in: utc) != date {
                    mismatches.append(number)
                }
                previous = date
            }
            // validate: 301 years, of which 73 leap (1904…2196 every 4 years, less 2100)
            #expect(mismatches.isEmpty)
            #expect(last - first + 1 == 301 * 365 + 73)
        }

        @Test(arguments: [
            ("2024-02-28", 1, "2024-02-29"), ("2024-02-28", 2, "2024-03-01"), ("2026-02-28", 1, "2026-03-01"),
            ("2000-02-28", 1, "2000-02-29"), ("2100-02-28", 1, "2100-03-01"), ("2024-03-01", -1, "2024-02-29"),
            ("2026-03-01", -1, "2026-02-28"), ("2026-12-31", 1, "2027-01-01"), ("2027-01-01", -1, "2026-12-31"),
            ("2024-01-01", 365, "2024-12-31"), ("2026-01-01", 365, "2027-01-01"), ("2026-05-10", 30, "2026-06-09"),
            ("2026-03-31", -7, "2026-03-24"), ("2026-05-20", 0, "2026-05-20"), ("2023-03-01", 366, "2024-03-01"),
        ])
        func addingDays_acrossMonthYearAndLeapDays(_ start: String, _ days: Int, _ expected: String) throws {
            #expect(try RuleFixture.date(start).adding(days: days) == RuleFixture.date(expected))
        }

        @Test(arguments: [
            ("2024-01-01", "2025-01-01", 366), ("2026-01-01", "2027-01-01", 365), ("2026-03-31", "2026-04-01", 1),
            ("2026-04-01", "2026-03-31", -1), ("2026-05-10", "2026-05-31", 21), ("2024-02-01", "2024-03-01", 29),
            ("2026-02-01", "2026-03-01", 28), ("2026-07-15", "2026-07-15", 0), ("2100-02-01", "2100-03-01", 28),
        ])
        func daysUntil_countsCalendarDays(_ from: String, _ to: String, _ days: Int) throws {
            // setup
            let a = try RuleFixture.date(from), b = try RuleFixture.date(to)
            // MUT / validate
            #expect(a.days(until: b) == days)
            #expect(b.days(until: a) == -days)
            #expect(a.adding(days: days) == b)
        }

        /// Arithmetic past the years `LocalDate` accepts clamps instead of trapping.
        @Test func initDayNumber_outsideSupportedYears_clamped() throws {
            #expect(LocalDate(dayNumber: Int(Int32.max)) == (try RuleFixture.date("2200-12-31")))
            #expect(LocalDate(dayNumber: Int(Int32.min)) == (try RuleFixture.date("1900-01-01")))
            #expect(try RuleFixture.date("2200-12-31").adding(days: 1) == RuleFixture.date("2200-12-31"))
            #expect(try RuleFixture.date("1900-01-01").adding(days: -1) == RuleFixture.date("1900-01-01"))
        }
    }
}
