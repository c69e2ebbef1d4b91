@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// 少交/免交: applied for, discussed by the branch, approved by the committee above, in that order.
    @Suite struct DuesReductionTests {
        typealias F = DuesFixture

        private func apply(_ kind: DuesReduction.Kind = .exempt, amount: Int? = nil, from: String = "2026-01",
                           to: String = "2026-06", reason: String = "重病住院") throws -> DuesReduction {
            try DuesReduction.application(id: .init(UUID()), schoolID: F.school, personID: F.member, kind: kind, amount: amount,
                                          from: F.month(from), to: F.month(to), reason: reason, by: "member1", at: RuleFixture.t0)
        }

        @Test func flow_appliedDiscussedApproved() throws {
            // MUT
            let applied = try apply()
            let discussed = try applied.discussed(on: try RuleFixture.date("2026-01-10"), note: "同意，报党委审批", by: "branch1")
            let approved = try discussed.decided(approve: true, reference: "党委组织部〔2026〕3号", by: "college1", at: RuleFixture.t0)
            // validate
            #expect(!applied.isInForce && !discussed.isInForce && approved.isInForce)
            #expect(approved.discussedBy == "branch1" && approved.approvedBy == "college1")
            #expect(approved.approvalReference == "党委组织部〔2026〕3号")
        }

        @Test func approvingBeforeTheBranchDiscussed_isRefused() throws {
            #expect(throws: DomainError.self) { try apply().decided(approve: true, reference: "x", by: "college1", at: RuleFixture.t0) }
        }

        @Test func approvalWithoutReference_isRefused_refusalIsNot() throws {
            let discussed = try apply().discussed(on: try RuleFixture.date("2026-01-10"), note: "", by: "branch1")
            let error = #expect(throws: DomainError.self) { try discussed.decided(approve: true, reference: " ", by: "c", at: RuleFixture.t0) }
            #expect(error?.invalidField == "reference")
            #expect(try discussed.decided(approve: false, reference: "", by: "c", at: RuleFixture.t0).status == .refused)
        }

        @Test(arguments: [
            (DuesReduction.Kind.reduce, nil as Int?, "2026-01", "2026-06", "理由", "amount"),
            (.exempt, nil, "2026-06", "2026-01", "理由", "to"),
            (.exempt, nil, "2026-01", "2027-01", "理由", "to"),
            (.exempt, nil, "2026-01", "2026-02", "  ", "reason"),
        ])
        func application_badInput_refused(kind: DuesReduction.Kind, amount: Int?, from: String, to: String, reason: String, field: String) {
            let error = #expect(throws: DomainError.self) { try apply(kind, amount: amount, from: from, to: to, reason: reason) }
            #expect(error?.invalidField == field)
        }
    }
}
