@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// Approval of manual entries and corrections of counted ones.
    @Suite struct PointLedgerTests {
        typealias F = PointFixture

        @Test(arguments: [
            // needs approval, approver given, status
            (true, false, PointStatus.pending),
            (true, true, .approved),
            (false, false, .approved),
        ])
        func manual_approvalByRule(needsApproval: Bool, approver: Bool, status: PointStatus) throws {
            // MUT
            let entry = try PointLedger.manual(F.proposal(), rule: F.rule(approval: needsApproval), earned: F.earned(),
                                               approvedBy: approver ? "sec" : nil, proposedBy: "m1", at: RuleFixture.t0)
            // validate
            #expect(entry.status == status)
            #expect(entry.requestedPoints == 4 && entry.evidence == "社区服务签到表")
            #expect((entry.decidedBy != nil) == (status == .approved))
        }

        @Test func approve_pending_grantsWhatCapsLeaveNow() throws {
            let pending = try PointLedger.manual(F.proposal(quantity: 4), rule: F.rule(approval: true), earned: F.earned(),
                                                 approvedBy: nil, proposedBy: "m1", at: RuleFixture.t0)
            // MUT
            let approved = try PointLedger.approve(pending, rule: F.rule(approval: true), earned: F.earned(5, 5), by: "sec", at: RuleFixture.t0)
            // validate
            #expect(approved.status == .approved && approved.points == 3 && approved.decidedBy == "sec")
        }

        @Test func approve_decided_refused() throws {
            let pending = try PointLedger.manual(F.proposal(), rule: F.rule(approval: true), earned: F.earned(),
                                                 approvedBy: nil, proposedBy: "m1", at: RuleFixture.t0)
            let refused = try PointLedger.refuse(pending, reason: "材料不全", by: "sec", at: RuleFixture.t0)
            #expect(refused.status == .refused && refused.points == 0 && refused.note == "材料不全")
            #expect(throws: DomainError.self) { try PointLedger.approve(refused, rule: F.rule(), earned: F.earned(), by: "sec", at: RuleFixture.t0) }
            #expect(throws: DomainError.self) { try PointLedger.refuse(pending, reason: " ", by: "sec", at: RuleFixture.t0) }
        }

        @Test(arguments: [
            // points, corrected so far, accepted
            (-4, 0, true), (-5, 0, false), (-2, -2, true), (-3, -2, false), (3, 0, true), (0, 0, false),
        ])
        func correction_neverBelowZero(points: Int, soFar: Int, accepted: Bool) {
            // MUT
            let result = try? PointLedger.correction(of: F.approved(points: 4), points: points, reason: "重复登记",
                                                     correctedSoFar: soFar, by: "sec", at: RuleFixture.t0)
            // validate
            #expect((result != nil) == accepted)
            if let result {
                #expect(result.corrects == F.approved(points: 4).id && result.day == F.today && result.status == .approved)
                #expect(result.note == "重复登记" && result.id != F.approved(points: 4).id)
            }
        }

        @Test func correction_needsReasonAndCountedEntry() {
            #expect(throws: DomainError.self) {
                try PointLedger.correction(of: F.approved(points: 4), points: -1, reason: "", correctedSoFar: 0, by: "s", at: RuleFixture.t0)
            }
            var pending = F.approved(points: 4); pending.status = .pending
            #expect(throws: DomainError.self) {
                try PointLedger.correction(of: pending, points: -1, reason: "错", correctedSoFar: 0, by: "s", at: RuleFixture.t0)
            }
        }

        @Test(arguments: [(0, "evidence", 2), (0, "quantity", -1), (0, "quantity", 0), (-32, "day", 2), (1, "day", 2)])
        func proposal_validated(dayOffset: Int, field: String, quantity: Int) {
            let proposal = F.proposal(quantity: quantity, day: F.today.adding(days: dayOffset), evidence: field == "evidence" ? " " : "x")
            let error = #expect(throws: DomainError.self) { try proposal.validated(rule: F.rule(), today: F.today) }
            #expect(error?.invalidField == field)
        }

        @Test(arguments: [(1, 8, 20, nil), (0, 8, 20, "points"), (1, -1, 20, "dailyCap"), (1, 8, 4, "monthlyCap")] as [(Int, Int, Int, String?)])
        func rule_validated(points: Int, day: Int, month: Int, field: String?) {
            let result = Result { try F.rule(points: points, day: day, month: month).validated() }
            if case .failure(let error as DomainError) = result { #expect(error.invalidField == field) } else { #expect(field == nil) }
        }

        @Test func standardRules_oneForEveryEvent() {
            let rules = PointRule.standard(school: RuleFixture.school1)
            #expect(Set(rules.map(\.event)) == Set(PointEvent.allCases))
            #expect(rules.allSatisfy { (try? $0.validated()) != nil })
            #expect(rules.first { $0.event == .studyMinutes }?.unit == .thirtyMinutes)
        }
    }
}
