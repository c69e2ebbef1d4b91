import Foundation
import Testing
@testable import Domain

/// The demo's dues: every member has this year's category and base, payments follow the rule, some members are 3
/// and 6 months behind, a few approved reductions exist, and the school allocated 12万元 to front-line units.
@Suite struct DemoDuesTests {
    static let dues = DemoDues.generate(for: DemoFixture.demo)
    let demo = DemoFixture.demo

    @Test func generate_sameSeed_identicalPayments() {
        let again = DemoDues.generate(for: demo)
        #expect(again.payments.map(\.id) == Self.dues.payments.map(\.id) && again.ledger.count == Self.dues.ledger.count)
    }

    @Test func everyMember_hasThisYearsProfile_studentsPayTwentyFen() {
        let members = demo.people.map(\.person).filter { $0.politicalStatus.isPartyMember && $0.organizationID != nil }
        let profiled = Set(Self.dues.profiles.filter { $0.year == demo.today.year }.map(\.personID))
        #expect(!members.isEmpty && members.allSatisfy { profiled.contains($0.id) })
        let students = Set(members.filter { $0.kind == .student }.map(\.id))
        #expect(Self.dues.payments.filter { students.contains($0.personID) }.allSatisfy { $0.amount == 20 })
    }

    @Test func arrears_someThreeAndSomeSixMonthsBehind_noMonthPaidTwice() {
        let current = YearMonth(demo.today)
        let paid = Dictionary(grouping: Self.dues.payments, by: \.personID)
        var runs: [Int] = []
        for (person, payments) in paid {
            let months = Set(payments.map(\.month))
            #expect(months.count == payments.count, "\(person) paid a month twice")
            runs.append((1...12).prefix { !months.contains(current.adding(months: -$0)) }.count)
        }
        #expect(runs.contains { (3..<6).contains($0) } && runs.contains { $0 >= 6 })
        #expect(Self.dues.payments.allSatisfy { $0.month <= current })
    }

    @Test func reductions_approvedWithReference_ledgerHasTheAllocationAndRelief() {
        #expect(!Self.dues.reductions.isEmpty && Self.dues.reductions.allSatisfy { $0.isInForce && $0.approvalReference != nil })
        let allocation = Self.dues.ledger.first { $0.kind == .allocated }
        #expect(allocation?.amount == 12_000_000 && allocation?.organizationID == demo.organizations[0].id)
        #expect(Self.dues.ledger.filter { $0.kind == .hardshipRelief }.count >= 2)
        #expect(Self.dues.ledger.filter(\.kind.needsApproval).allSatisfy { $0.approvalReference != nil })
    }
}
