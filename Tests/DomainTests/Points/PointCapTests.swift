@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// The cap arithmetic: what an entry may add given what the member already has by the rule today and this month.
    @Suite struct PointCapTests {
        typealias F = PointFixture

        @Test(arguments: [
            // requested, earned today, earned this month, granted, capped by
            (4, 0, 0, 4, nil),          // fits whole
            (4, 6, 6, 2, "day"),        // daily cap 8 leaves 2
            (4, 8, 8, 0, "day"),        // daily cap reached
            (4, 0, 18, 2, "month"),     // monthly cap 20 leaves 2
            (4, 2, 20, 0, "month"),     // monthly cap reached
            (6, 5, 17, 3, "day"),       // both bind: day leaves 3, month 3 → day named
            (4, 12, 12, 0, "day"),      // over the cap already (the rule was lowered): nothing, never negative
        ] as [(Int, Int, Int, Int, String?)])
        func apply_capsPerDayAndMonth(requested: Int, today: Int, month: Int, granted: Int, by: String?) {
            // MUT
            let cap = PointCap.apply(F.rule(), requested: requested, earnedToday: today, earnedThisMonth: month)
            // validate
            #expect(cap.points == granted)
            #expect(cap.reason?.zh.contains(by == "day" ? "每日上限" : "每月上限") ?? (by == nil))
        }

        @Test func apply_noCaps_grantsEverything() {
            let cap = PointCap.apply(F.rule(day: nil, month: nil), requested: 500, earnedToday: 1000, earnedThisMonth: 9000)
            #expect(cap.points == 500 && cap.reason == nil)
        }

        @Test(arguments: [(.occurrence, 3, 15), (.hour, 3, 15), (.thirtyMinutes, 29, 0), (.thirtyMinutes, 95, 15)] as [(PointUnit, Int, Int)])
        func points_wholeUnitsOnly(unit: PointUnit, quantity: Int, points: Int) {
            #expect(F.rule(points: 5, unit: unit).points(for: quantity) == points)
        }

        @Test func automatic_nothingLeft_recordedAsCappedWithReason() {
            // MUT
            let entry = PointLedger.automatic(F.rule(), person: RuleFixture.person, quantity: 3, source: "meeting:1",
                                              day: F.today, earned: F.earned(8, 8), by: "system", at: RuleFixture.t0)
            // validate
            #expect(entry.status == .capped && entry.points == 0 && entry.requestedPoints == 6)
            #expect(entry.note?.contains("每日上限8分") == true)
        }

        @Test func automatic_partlyLeft_reducedAndCounted() {
            let entry = PointLedger.automatic(F.rule(), person: RuleFixture.person, quantity: 3, source: "meeting:1",
                                              day: F.today, earned: F.earned(0, 17), by: "system", at: RuleFixture.t0)
            #expect(entry.status == .approved && entry.points == 3 && entry.note != nil)
        }

        @Test func manual_nothingLeft_refusedWithReason() {
            let error = #expect(throws: DomainError.self) {
                try PointLedger.manual(F.proposal(), rule: F.rule(), earned: F.earned(0, 20), approvedBy: "sec",
                                       proposedBy: "sec", at: RuleFixture.t0)
            }
            if case .conflict(let message) = error { #expect(message.zh.contains("每月上限20分")) } else { Issue.record("not a conflict") }
        }
    }
}
