@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// What a student applies for: days from today on, at most 180 of them, a destination and a reason.
    @Suite struct LeaveDraftTests {
        typealias F = LeaveFixture

        @Test func validated_textsTrimmed() throws {
            // MUT
            let draft = try F.draft(destination: " 上海\u{3000}", reason: "\n看病 ").validated(today: F.today)
            // validate
            #expect(draft.destination == "上海" && draft.reason == "看病")
        }

        @Test(arguments: [
            (-1, 2, "firstDay"),      // starts yesterday
            (3, 2, "lastDay"),        // ends before it starts
            (0, 180, "lastDay"),      // 181 days
        ])
        func validated_badDays_refused(first: Int, last: Int, field: String) {
            // MUT
            let error = #expect(throws: DomainError.self) { try F.draft(first: first, last: last).validated(today: F.today) }
            // validate
            #expect(error?.invalidField == field)
        }

        @Test(arguments: [(0, 0), (0, 179), (5, 5)])
        func validated_goodDays_accepted(first: Int, last: Int) throws {
            // MUT
            let draft = try F.draft(first: first, last: last).validated(today: F.today)
            // validate
            #expect(draft.firstDay == F.day(first) && draft.lastDay == F.day(last))
        }

        @Test(arguments: [("", "reason", "destination"), (String(repeating: "地", count: 101), "reason", "destination"),
                          ("北京", "", "reason"), ("北京", String(repeating: "因", count: 501), "reason")])
        func validated_blankOrLongTexts_refused(destination: String, reason: String, field: String) {
            // MUT
            let error = #expect(throws: DomainError.self) {
                try F.draft(destination: destination, reason: reason).validated(today: F.today)
            }
            // validate
            #expect(error?.invalidField == field)
        }

        @Test func dayCount_countsBothEnds() {
            #expect(F.leave(first: 2, last: 4).dayCount == 3)
            #expect(F.leave(first: 0, last: 0).dayCount == 1)
        }

        @Test func overdue_onlyWhenAwayPastTheLastDay() {
            #expect(F.leave(.left, first: -3, last: -1).isOverdue(today: F.today))
            #expect(F.leave(.approved, first: -3, last: -1).isOverdue(today: F.today))
            #expect(!F.leave(.returned, first: -3, last: -1).isOverdue(today: F.today))
            #expect(!F.leave(.left, first: -3, last: 0).isOverdue(today: F.today))
        }
    }
}
