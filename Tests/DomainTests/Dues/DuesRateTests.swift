@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// RULES.md §2: every bracket edge, the worked examples, the retired, the flat categories and rounding half up.
    @Suite struct DuesRateTests {
        @Test(arguments: [
            // base (分), amount (分), rule
            (280_000, 1_400, "基数 ≤ 3000：0.5%"),             // worked example 2800 → 14.00
            (300_000, 1_500, "基数 ≤ 3000：0.5%"),             // 3000 → 15.00
            (300_001, 3_000, "3000 < 基数 ≤ 5000：1%"),        // 3000.01 → 30.0001 → 30.00
            (400_000, 4_000, "3000 < 基数 ≤ 5000：1%"),        // worked example 4000 → 40.00
            (500_000, 5_000, "3000 < 基数 ≤ 5000：1%"),        // 5000 → 50.00
            (500_001, 7_500, "5000 < 基数 ≤ 10000：1.5%"),     // 5000.01 → 75.00015 → 75.00
            (800_000, 12_000, "5000 < 基数 ≤ 10000：1.5%"),    // worked example 8000 → 120.00
            (1_000_000, 15_000, "5000 < 基数 ≤ 10000：1.5%"),  // 10000 → 150.00
            (1_000_001, 20_000, "基数 > 10000：2%"),           // 10000.01 → 200.0002 → 200.00
            (1_200_000, 24_000, "基数 > 10000：2%"),           // worked example 12000 → 240.00
            (0, 0, "基数 ≤ 3000：0.5%"),
        ])
        func salaried_edgesAndExamples(base: Int, amount: Int, rule: String) throws {
            // MUT
            let rate = try DuesRate.monthly(.salaried, base: base)
            // validate
            #expect(rate.amount == amount)
            #expect(rate.rule.zh == rule)
        }

        @Test(arguments: [
            (500_000, 2_500, "离退休，基数 ≤ 5000：0.5%"),
            (500_001, 5_000, "离退休，基数 > 5000：1%"),       // 5000.01 → 50.0001 → 50.00
            (600_000, 6_000, "离退休，基数 > 5000：1%"),       // worked example 6000 → 60.00
        ])
        func retired_edges(base: Int, amount: Int, rule: String) throws {
            let rate = try DuesRate.monthly(.retired, base: base)
            #expect(rate.amount == amount && rate.rule.zh == rule)
        }

        @Test(arguments: [DuesCategory.student, .noIncome, .laidOff, .minimumAllowance])
        func flatCategories_payTwentyFen_whateverTheBase(_ category: DuesCategory) throws {
            // MUT
            let rate = try DuesRate.monthly(category, base: 900_000)
            // validate: worked example student → 0.20
            #expect(rate.amount == 20 && rate.base == 0 && rate.basisPoints == nil)
            #expect(rate.rule.zh.contains("0.20元"))
        }

        @Test(arguments: [
            (280_100, 1_401),   // 2801 × 0.5% = 14.005 → 14.01 (half up)
            (280_090, 1_400),   // 2800.90 × 0.5% = 14.0045 → 14.00
            (300_050, 3_001),   // 3000.50 × 1% = 30.005 → 30.01
            (433_300, 4_333),   // 4333 × 1% = 43.33 exactly
            (566_700, 8_501),   // 5667 × 1.5% = 85.005 → 85.01
        ])
        func rounding_halfUp_toTheFen(base: Int, amount: Int) throws {
            #expect(try DuesRate.monthly(.salaried, base: base).amount == amount)
        }

        @Test func annualSalary_paysOnTheMonthsActualPay() throws {
            // setup: expected pay 8000, but this month 12000 was paid out
            let profile = DuesFixture.profile(.annualSalary, base: 800_000)
            // MUT
            let usual = try profile.rate()
            let actual = try profile.rate(actualPay: 1_200_000)
            // validate
            #expect(usual.amount == 12_000)
            #expect(actual.amount == 24_000 && actual.base == 1_200_000)
            #expect(actual.rule.zh == "年薪制按当月实际收入，收入 > 10000：2%")
        }

        @Test(arguments: [-1, Fen.limit + 1])
        func badBase_refused(_ base: Int) {
            let error = #expect(throws: DomainError.self) { try DuesRate.monthly(.salaried, base: base) }
            #expect(error?.invalidField == "base")
        }

        @Test func table_isData_aStricterSchoolMayHoldAnother() throws {
            // setup: a school charging 1% from the first 元
            let table = DuesRateTable(salary: [.init(upTo: nil, basisPoints: 100)], retired: [.init(upTo: nil, basisPoints: 100)], flat: 50)
            // validate
            #expect(try DuesRate.monthly(.salaried, base: 280_000, table: table).amount == 2_800)
            #expect(try DuesRate.monthly(.student, base: 0, table: table).amount == 50)
        }

        @Test(arguments: [("3000", 300_000), ("3000.01", 300_001), ("3000.5", 300_050), (" 0.2 ", 20), ("12", 1_200)])
        func fen_parsesYuan(text: String, fen: Int) {
            #expect(Fen.parse(yuan: text) == fen)
        }

        @Test(arguments: ["", "3000.001", "-1", "1e3", "3,000", "abc", ".5", "3000."])
        func fen_refusesOtherSpellings(_ text: String) {
            #expect(Fen.parse(yuan: text) == nil)
        }

        @Test func fen_formats() {
            #expect(Fen.format(1_400) == "14.00" && Fen.format(20) == "0.20" && Fen.format(-150) == "-1.50" && Fen.format(5) == "0.05")
        }

        @Test func profile_validated_needsABaseWhereTheCategoryDoes() throws {
            let error = #expect(throws: DomainError.self) {
                try DuesProfile.validated(personID: DuesFixture.member, year: 2026, category: .retired, monthlyBase: nil,
                                          setBy: "b", setAt: RuleFixture.t0)
            }
            #expect(error?.invalidField == "base")
            let student = try DuesProfile.validated(personID: DuesFixture.member, year: 2026, category: .student,
                                                    monthlyBase: 500_000, setBy: "b", setAt: RuleFixture.t0)
            #expect(student.monthlyBase == 0)
        }
    }
}
