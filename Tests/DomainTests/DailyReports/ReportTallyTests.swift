@testable import Domain
import Testing

extension RuleTests {
    /// RULES.md §5: the report rate is reported / expected; expected leaves out students on approved leave.
    @Suite struct ReportTallyTests {
        @Test(arguments: [
            (ReportTally(enrolled: 40, onLeave: 2, reported: 37), 38, 1, "97.4%"),
            (ReportTally(enrolled: 40, onLeave: 0, reported: 40), 40, 0, "100%"),
            (ReportTally(enrolled: 3, onLeave: 3, reported: 0), 0, 0, "—"),
            // A student on leave who reports anyway: never more than 100%, never a negative missing count.
            (ReportTally(enrolled: 10, onLeave: 2, reported: 9), 8, 0, "100%"),
            (ReportTally(enrolled: 3, onLeave: 0, reported: 2), 3, 1, "66.7%"),
        ])
        func tally_expectedMissingRate(tally: ReportTally, expected: Int, missing: Int, rate: String) {
            #expect(tally.expected == expected)
            #expect(tally.missing == missing)
            #expect(tally.rateText == rate)
        }

        @Test func tally_sum_addsEveryField() {
            let sum = ReportTally(enrolled: 1, onLeave: 2, reported: 3, late: 4, abnormal: 5) + ReportTally(enrolled: 10, onLeave: 20, reported: 30, late: 40, abnormal: 50)
            #expect(sum == ReportTally(enrolled: 11, onLeave: 22, reported: 33, late: 44, abnormal: 55))
        }
    }
}
