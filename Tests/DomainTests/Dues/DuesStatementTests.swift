@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// Which months a member owes, and how each stands: paid, owed, exempt or reduced (approved only), not due.
    @Suite struct DuesStatementTests {
        typealias F = DuesFixture

        @Test func probationaryAdmittedMidMonth_owesFromThatMonth_notBefore() throws {
            // setup: admitted by the general meeting on 15 March, in the branch since last year
            let first = DuesObligation.firstMonth(isMember: true, admitted: try RuleFixture.date("2026-03-15"),
                                                  joinedBranch: try RuleFixture.date("2025-09-01"))
            // MUT
            let months = DuesObligation.months(in: 2026, first: first, through: F.month("2026-11"))
            // validate
            #expect(first == F.month("2026-03"))
            #expect(months.first == F.month("2026-03") && months.last == F.month("2026-11") && months.count == 9)
        }

        @Test func joinedTheBranchLater_owesFromJoining_andNonMembersOweNothing() throws {
            let first = DuesObligation.firstMonth(isMember: true, admitted: try RuleFixture.date("2020-06-01"),
                                                  joinedBranch: try RuleFixture.date("2026-09-20"))
            #expect(first == F.month("2026-09"))
            #expect(DuesObligation.firstMonth(isMember: false, admitted: nil, joinedBranch: nil) == nil)
            #expect(DuesObligation.months(in: 2026, first: nil, through: F.month("2026-11")).isEmpty)
            // a year before the first month owes nothing
            #expect(DuesObligation.months(in: 2025, first: first, through: F.month("2026-11")).isEmpty)
        }

        @Test func statement_marksPaidOwedUpcomingAndNotDue() {
            // setup
            let facts = F.facts(first: "2026-03", payments: [F.payment("2026-03", amount: 12_000), F.payment("2026-04", amount: 12_000)])
            // MUT
            let s = DuesStatement.build(facts, months: YearMonth.months(of: 2026), current: F.month("2026-06"))
            // validate
            #expect(s.line(F.month("2026-02"))?.status == .notDue)
            #expect(s.line(F.month("2026-03"))?.status == .paid(amount: 12_000))
            #expect(s.line(F.month("2026-05"))?.status == .owed(amount: 12_000, reduced: false))
            #expect(s.line(F.month("2026-05"))?.rate?.rule.zh == "5000 < 基数 ≤ 10000：1.5%")
            #expect(s.line(F.month("2026-07"))?.status == .upcoming)
            #expect(s.paidTotal == 24_000 && s.owedTotal == 24_000)
        }

        @Test func reductions_onlyApprovedOnesApply() {
            // setup: an exemption still waiting for the committee, and an approved 少交 to 5元
            let pending = F.reduction(.exempt, from: "2026-01", to: "2026-06", status: .discussed)
            let approved = F.reduction(.reduce, amount: 500, from: "2026-04", to: "2026-05", status: .approved)
            let exempt = F.reduction(.exempt, from: "2026-06", to: "2026-06", status: .approved)
            // MUT
            let s = DuesStatement.build(F.facts(reductions: [pending, approved, exempt]), months: YearMonth.months(of: 2026),
                                        current: F.month("2026-07"))
            // validate
            #expect(s.line(F.month("2026-02"))?.status == .owed(amount: 12_000, reduced: false))
            #expect(s.line(F.month("2026-04"))?.status == .owed(amount: 500, reduced: true))
            #expect(s.line(F.month("2026-06"))?.status == .exempt)
        }

        @Test func studentWithoutProfile_paysTheStudentsAmount_staffWithoutProfileIsUnassessed() {
            let student = DuesStatement.build(F.facts(kind: .student, profiles: []), months: [F.month("2026-05")], current: F.month("2026-06"))
            let staff = DuesStatement.build(F.facts(kind: .staff, profiles: []), months: [F.month("2026-05")], current: F.month("2026-06"))
            #expect(student.lines[0].status == .owed(amount: 20, reduced: false))
            #expect(staff.lines[0].status == .unassessed)
        }

        @Test func annualSalary_paidMonthShowsTheRuleOnItsActualPay() {
            let facts = F.facts(profiles: [F.profile(.annualSalary, base: 800_000)], payments: [F.payment("2026-05", amount: 24_000, actualPay: 1_200_000)])
            let s = DuesStatement.build(facts, months: [F.month("2026-05"), F.month("2026-06")], current: F.month("2026-06"))
            #expect(s.lines[0].rate?.amount == 24_000)
            #expect(s.lines[1].status == .owed(amount: 12_000, reduced: false))
        }
    }
}
