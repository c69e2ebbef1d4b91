@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// 欠交 and Article 9: months owed and unpaid before this month; flags at 3 and 6 in a row, across year ends.
    @Suite struct DuesArrearsTests {
        typealias F = DuesFixture

        private func arrears(paid: [String], current: String, first: String = "2020-01") -> DuesArrears {
            let facts = F.facts(first: first, payments: paid.map { F.payment($0, amount: 12_000) })
            let now = F.month(current)
            let months = YearMonth.range(now.adding(months: -23), through: now)
            return DuesArrears.of(DuesStatement.build(facts, months: months, current: now), current: now)
        }

        @Test func thisMonthUnpaid_isNotYetArrears() {
            let a = arrears(paid: YearMonth.range(F.month("2024-12"), through: F.month("2026-10")).map(\.iso), current: "2026-11")
            #expect(a.months.isEmpty && a.consecutive == 0 && a.flag == .none)
        }

        @Test(arguments: [(2, DuesArrears.Flag.none), (3, .threeMonths), (5, .threeMonths), (6, .sixMonths), (9, .sixMonths)])
        func consecutiveUnpaid_flags(unpaid: Int, flag: DuesArrears.Flag) {
            // setup: paid every month of the last two years except the last `unpaid` before November
            let current = F.month("2026-11")
            let paid = YearMonth.range(current.adding(months: -23), through: current.adding(months: -(unpaid + 1))).map(\.iso)
            // MUT
            let a = arrears(paid: paid, current: current.iso)
            // validate
            #expect(a.consecutive == unpaid && a.flag == flag)
            #expect(a.amount == unpaid * 12_000)
        }

        @Test func runAcrossTheYearEnd_countsDecemberAndJanuaryTogether() {
            // setup: unpaid October 2025 to March 2026; it is April 2026
            let paid = YearMonth.range(F.month("2024-05"), through: F.month("2025-09")).map(\.iso)
            // MUT
            let a = arrears(paid: paid, current: "2026-04")
            // validate
            #expect(a.months.map(\.iso) == ["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"])
            #expect(a.consecutive == 6 && a.flag == .sixMonths)
        }

        @Test func aPaidMonth_breaksTheRun_butOlderUnpaidMonthsStayInArrears() {
            let paid = YearMonth.range(F.month("2024-10"), through: F.month("2026-02")).map(\.iso) + ["2026-06"]
            let a = arrears(paid: paid, current: "2026-09")
            #expect(a.months.map(\.iso) == ["2026-03", "2026-04", "2026-05", "2026-07", "2026-08"])
            #expect(a.consecutive == 2 && a.flag == .none)
        }

        @Test func newMember_owesNothingBeforeAdmission() {
            // admitted in September, nothing paid: two months behind, not six
            let a = arrears(paid: [], current: "2026-11", first: "2026-09")
            #expect(a.consecutive == 2 && a.flag == .none)
        }
    }
}
