@testable import Domain
import Foundation
import Testing

extension RuleTests {
    @Suite struct LocalDateTests {
        @Test(arguments: [("2025-01-31", 1, "2025-02-28"), ("2024-01-31", 1, "2024-02-29"), ("2024-02-29", 12, "2025-02-28"),
                          ("2025-11-30", 3, "2026-02-28"), ("2025-03-31", -1, "2025-02-28"), ("2025-08-31", 1, "2025-09-30"),
                          ("2024-03-01", 12, "2025-03-01"), ("2025-12-15", 1, "2026-01-15"), ("2026-01-15", -1, "2025-12-15"),
                          ("2025-05-20", 0, "2025-05-20")])
        func addingMonths_clampsToMonthEnd(_ start: String, _ months: Int, _ expected: String) throws {
            #expect(try RuleFixture.date(start).adding(months: months) == RuleFixture.date(expected))
        }

        @Test(arguments: [("2007-06-01", "2025-05-31", 17), ("2007-06-01", "2025-06-01", 18),
                          ("2004-02-29", "2022-02-28", 17), ("2004-02-29", "2022-03-01", 18),
                          ("2025-03-01", "2025-03-01", 0), ("2025-03-02", "2025-03-01", -1)])
        func yearsUntil_countsAsAnAge(_ birth: String, _ day: String, _ expected: Int) throws {
            #expect(try RuleFixture.date(birth).years(until: RuleFixture.date(day)) == expected)
        }

        @Test(arguments: ["2025-02-30", "2023-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "20250101", "25-01-01",
                          "", "2025-01", "1899-12-31", "2201-01-01", "2025/01/01", "二〇二五-01-01"])
        func initISO_impossibleOrMalformed_nil(_ text: String) {
            #expect(LocalDate(iso: text) == nil)
        }

        @Test func initISO_leapDay_parsed() {
            #expect(LocalDate(iso: "2024-02-29") == LocalDate(year: 2024, month: 2, day: 29))
            #expect(LocalDate(iso: "2000-02-29") != nil)
        }

        @Test func iso_zeroPadded() {
            #expect(LocalDate(year: 2025, month: 3, day: 1)?.iso == "2025-03-01")
            #expect(LocalDate(year: 2025, month: 3, day: 1)?.description == "2025-03-01")
        }

        @Test func compare_byYearThenMonthThenDay() throws {
            #expect(try RuleFixture.date("2024-12-31") < RuleFixture.date("2025-01-01"))
            #expect(try RuleFixture.date("2025-01-31") < RuleFixture.date("2025-02-01"))
            #expect(try !(RuleFixture.date("2025-02-01") < RuleFixture.date("2025-02-01")))
        }

        /// 2025-12-31 16:30 UTC is already New Year's Day in the school's time zone.
        @Test func initDate_usesTheSchoolTimeZone() throws {
            // setup
            let instant = Date(timeIntervalSince1970: 1_767_198_600)
            let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
            let utc = try #require(TimeZone(identifier: "UTC"))
            // MUT / validate
            #expect(LocalDate(instant, in: shanghai) == LocalDate(year: 2026, month: 1, day: 1))
            #expect(LocalDate(instant, in: utc) == LocalDate(year: 2025, month: 12, day: 31))
        }

        @Test func codable_isoString() throws {
            // setup
            let date = try RuleFixture.date("2025-03-01")
            // MUT
            let json = try JSONEncoder().encode([date])
            // validate
            #expect(String(decoding: json, as: UTF8.self) == #"["2025-03-01"]"#)
            #expect(try JSONDecoder().decode([LocalDate].self, from: json) == [date])
            #expect(throws: DecodingError.self) { try JSONDecoder().decode([LocalDate].self, from: Data(#"["2025-02-30"]"#.utf8)) }
        }
    }
}
