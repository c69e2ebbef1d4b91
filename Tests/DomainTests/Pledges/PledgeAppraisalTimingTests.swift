@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// The committee appraises after the period's end, or earlier once the owner reported fulfilment.
    @Suite struct PledgeAppraisalTimingTests {
        typealias F = PledgeFixture

        @Test(arguments: [
            // (period, status, today, may appraise)
            ("2026", PledgeStatus.published, "2026-11-18", false),
            ("2026", .progressReported, "2026-12-31", false),
            ("2026", .progressReported, "2027-01-01", true),
            ("2026", .fulfilmentReported, "2026-11-18", true),
            ("2026H1", .published, "2026-06-30", false),
            ("2026H1", .published, "2026-07-01", true),
        ])
        func mayAppraiseNow_periodEndOrFulfilment(_ code: String, _ status: PledgeStatus, _ today: String, _ expected: Bool) throws {
            // setup
            let period = try #require(PledgePeriod(code: code))
            let pledge = F.pledge(status, period: period, due: period.end.iso)
            let day = try RuleFixture.date(today)
            // MUT
            let result = Result { try PledgeTransition.apply(.appraise(.notFulfilled, remark: ""), to: pledge, by: F.committee,
                                                             login: "c", at: F.now, today: day) }
            // validate
            #expect(PledgeTransition.mayAppraiseNow(pledge, today: day) == expected)
            #expect((try? result.get())?.status == (expected ? .appraised : nil))
        }

        @Test(arguments: [("2026", "2026-01-01", "2026-12-31", "2026 年度"), ("2026H1", "2026-01-01", "2026-06-30", "2026 上半年"),
                          ("2026h2", "2026-07-01", "2026-12-31", "2026 下半年")])
        func period_codes(_ code: String, _ start: String, _ end: String, _ label: String) throws {
            let period = try #require(PledgePeriod(code: code))
            #expect(period.start.iso == start && period.end.iso == end && period.label == label)
            #expect(PledgePeriod(code: period.code) == period)
        }

        @Test(arguments: ["", "26", "2026H3", "abcd", "1999"])
        func period_badCode_isNil(_ code: String) {
            #expect(PledgePeriod(code: code) == nil)
        }

        @Test func draft_dueDateOutsideThePeriod_isRefused() throws {
            let draft = F.draft(PledgePeriod(year: 2026, part: .firstHalf), due: "2026-12-01")
            do { _ = try draft.validated(today: try RuleFixture.date("2026-03-01"), posts: [], duty: nil); Issue.record("accepted") }
            catch let error as DomainError { #expect(error.invalidField == "dueDate") }
        }

        @Test func draft_someoneElsesPostOrDuty_isRefused() throws {
            var draft = F.draft()
            draft.postID = .init(RuleFixture.uuid(55))
            do { _ = try draft.validated(today: F.today, posts: [], duty: nil); Issue.record("accepted") }
            catch let error as DomainError { #expect(error.invalidField == "postID") }
            draft.postID = nil; draft.duty = .propagandaCommissioner
            do { _ = try draft.validated(today: F.today, posts: [], duty: .secretary); Issue.record("accepted") }
            catch let error as DomainError { #expect(error.invalidField == "duty") }
            #expect(try draft.validated(today: F.today, posts: [], duty: .propagandaCommissioner).duty == .propagandaCommissioner)
        }

        @Test func periodChoices_skipEndedHalves_addNextYearInDecember() throws {
            #expect(PledgePeriod.choices(today: F.today).map(\.code) == ["2026", "2026H2"])
            #expect(PledgePeriod.choices(today: try RuleFixture.date("2026-12-05")).map(\.code) == ["2026", "2026H2", "2027"])
        }
    }
}
