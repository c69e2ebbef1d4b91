@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// RULES.md §5: one report per student per day in the school's time zone, late after the cut-off.
    @Suite struct ReportTimingTests {
        let timing = ReportTiming(timeZone: TimeZone(identifier: "Asia/Shanghai")!, settings: .standard)

        static func instant(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

        /// Shanghai's day starts at 16:00 UTC the evening before.
        @Test(arguments: [
            ("2026-11-21T15:59:59Z", "2026-11-21"),
            ("2026-11-21T16:00:00Z", "2026-11-22"),
            ("2026-11-22T23:59:00+08:00", "2026-11-22"),
            ("2026-11-23T00:01:00+08:00", "2026-11-23"),
            ("2026-12-31T16:30:00Z", "2027-01-01"),
        ])
        func day_isTheSchoolsLocalDate(instant: String, day: String) {
            #expect(timing.day(of: Self.instant(instant)).iso == day)
        }

        @Test(arguments: [
            ("2026-11-22T09:59:59+08:00", false),
            ("2026-11-22T10:00:00+08:00", false),
            ("2026-11-22T10:00:01+08:00", true),
            ("2026-11-22T23:59:00+08:00", true),
            ("2026-11-23T00:00:00+08:00", false),
        ])
        func late_afterTheCutOffOfItsDay(instant: String, late: Bool) {
            #expect(timing.isLate(Self.instant(instant)) == late)
        }

        @Test func settings_reminderAfterCutOff_isRefused() {
            #expect(throws: DomainError.self) { try ReportSettings(cutoffMinute: 480, reminderMinute: 600).validated() }
            #expect(throws: DomainError.self) { try ReportSettings(cutoffMinute: 1440, reminderMinute: 600).validated() }
            #expect(ReportSettings.minute(of: "09:30") == 570)
            #expect(ReportSettings.minute(of: "24:00") == nil)
            #expect(ReportSettings.clockText(570) == "09:30")
        }
    }
}
