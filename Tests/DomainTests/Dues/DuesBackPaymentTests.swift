@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// 补交 covers at most 6 months before the month it is recorded in; older months are refused with the rule.
    @Suite struct DuesBackPaymentTests {
        typealias F = DuesFixture

        @Test(arguments: ["2026-11", "2026-08", "2026-05"])
        func withinSixMonths_accepted(_ month: String) throws {
            try DuesBackPayment.check([F.month(month)], recordedIn: F.month("2026-11"))
        }

        @Test func sevenMonthsBack_refused_withTheRuleQuoted() {
            let error = #expect(throws: DomainError.self) {
                try DuesBackPayment.check([F.month("2026-05"), F.month("2026-04")], recordedIn: F.month("2026-11"))
            }
            #expect(error?.invalidField == "months")
            if case .invalid(_, let message) = error {
                #expect(message.zh.contains("最多补交6个月") && message.zh.contains("2026-04") && message.zh.contains("支部"))
            }
        }

        @Test func acrossTheYearEnd_countsMonthsNotYears() throws {
            try DuesBackPayment.check([F.month("2025-08")], recordedIn: F.month("2026-02"))
            #expect(throws: DomainError.self) { try DuesBackPayment.check([F.month("2025-07")], recordedIn: F.month("2026-02")) }
        }

        @Test func futureOrNoMonths_refused() {
            #expect(throws: DomainError.self) { try DuesBackPayment.check([F.month("2026-12")], recordedIn: F.month("2026-11")) }
            #expect(throws: DomainError.self) { try DuesBackPayment.check([], recordedIn: F.month("2026-11")) }
        }

        @Test func onTime_meansRecordedByTheEndOfTheMonth() throws {
            let zone = TimeZone(identifier: "Asia/Shanghai")!
            var p = F.payment("2026-10", amount: 20)
            p.recordedAt = try RuleFixture.date("2026-10-31").start(in: zone).addingTimeInterval(23 * 3600)
            #expect(p.isOnTime(in: zone))
            p.recordedAt = try RuleFixture.date("2026-11-01").start(in: zone).addingTimeInterval(60)
            #expect(!p.isOnTime(in: zone))
        }
    }
}
