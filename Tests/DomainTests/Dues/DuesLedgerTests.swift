@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// The dues ledger: what goes in and out, the memo of what is kept, balances carried across years, approvals.
    @Suite struct DuesLedgerTests {
        static let org = Organization.ID(RuleFixture.uuid(500))

        @Test func balance_carriesEarlierYears_andKeptIsAMemo() {
            // setup
            let sums: [(year: Int, kind: DuesLedgerKind, amount: Int)] = [
                (2025, .collected, 1_000_000), (2025, .passedUp, 400_000), (2025, .kept, 600_000),
                (2026, .collected, 2_000_000), (2026, .receivedFromBelow, 500_000), (2026, .allocated, 12_000_000 / 100),
                (2026, .hardshipRelief, 100_000), (2026, .kept, 999), (2027, .collected, 5),
            ]
            // MUT
            let b = DuesLedgerBalance.of(Self.org, year: 2026, sums: sums)
            // validate
            #expect(b.opening == 600_000)
            #expect(b.inflow == 2_500_000 && b.outflow == 220_000)
            #expect(b.closing == 600_000 + 2_500_000 - 220_000)
            #expect(b.totals[.kept] == 999)
        }

        @Test func allocation_needsAnApprovalReference() throws {
            let today = try RuleFixture.date("2026-11-18")
            let draft = DuesLedgerDraft(kind: .allocated, amount: 12_000_000, occurredOn: today, counterparty: "一线基层党支部",
                                        purpose: "下拨党费支持一线党组织")
            let error = #expect(throws: DomainError.self) { try draft.validated(today: today) }
            #expect(error?.invalidField == "approvalReference")
            var approved = draft
            approved.approvalReference = "校党委〔2026〕15号"; approved.documents = ["批复.pdf", " ", "签收单.pdf"]
            #expect(try approved.validated(today: today).documents == ["批复.pdf", "签收单.pdf"])
        }

        @Test func collected_needsNoApproval_butAPositiveAmountAndNoFutureDay() throws {
            let today = try RuleFixture.date("2026-11-18")
            let ok = DuesLedgerDraft(kind: .collected, amount: 1, occurredOn: today, purpose: "11月党费")
            #expect(try ok.validated(today: today).amount == 1)
            var zero = ok; zero.amount = 0
            #expect((#expect(throws: DomainError.self) { try zero.validated(today: today) })?.invalidField == "amount")
            var future = ok; future.occurredOn = today.adding(days: 1)
            #expect((#expect(throws: DomainError.self) { try future.validated(today: today) })?.invalidField == "occurredOn")
        }

        @Test func batchPlan_skipsThePaid_andLeavesAnnualSalaryForOneByOne() {
            typealias F = DuesFixture
            let month = F.month("2026-11")
            let paid = DuesStatement.build(F.facts(payments: [F.payment("2026-11", amount: 12_000)]), months: [month], current: month)
            let owes = DuesStatement.build(F.facts(), months: [month], current: month)
            let annual = DuesStatement.build(F.facts(profiles: [F.profile(.annualSalary, base: 900_000)]), months: [month], current: month)
            let notYet = DuesStatement.build(F.facts(first: "2026-12"), months: [month], current: month)
            // MUT
            let plan = DuesBatchPlan.plan(month, statements: [paid, owes, annual, notYet])
            // validate
            #expect(plan.toRecord.map(\.amount) == [12_000] && plan.total == 12_000)
            #expect(plan.alreadyPaid.count == 1 && plan.individually.count == 1 && plan.notOwing.count == 1)
        }
    }
}
