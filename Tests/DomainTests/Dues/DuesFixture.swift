@testable import Domain
import Foundation

/// Members, months and payments the dues suites share.
enum DuesFixture {
    static let member = Person.ID(RuleFixture.uuid(300))
    static let school = RuleFixture.school1

    static func month(_ iso: String) -> YearMonth { YearMonth(iso: iso)! }

    static func profile(_ category: DuesCategory, base: Int = 0, year: Int = 2026) -> DuesProfile {
        DuesProfile(personID: member, year: year, category: category, monthlyBase: base, setBy: "branch1", setAt: RuleFixture.t0)
    }

    static func payment(_ iso: String, amount: Int, actualPay: Int? = nil) -> DuesPayment {
        DuesPayment(id: .init(UUID()), schoolID: school, personID: member, organizationID: nil, month: month(iso), amount: amount,
                    actualPay: actualPay, method: .wechat, paidAt: RuleFixture.t0, recordedBy: "branch1", recordedAt: RuleFixture.t0)
    }

    static func reduction(_ kind: DuesReduction.Kind, amount: Int? = nil, from: String, to: String,
                          status: DuesReduction.Status) -> DuesReduction {
        DuesReduction(id: .init(UUID()), schoolID: school, personID: member, kind: kind, amount: amount, from: month(from),
                      to: month(to), reason: "家庭困难", status: status, appliedBy: "member1", appliedAt: RuleFixture.t0)
    }

    /// A member owing from `first`, with the profiles of 2024 to 2026 unless given.
    static func facts(first: String = "2020-01", kind: Person.Kind = .staff, profiles: [DuesProfile]? = nil,
                      reductions: [DuesReduction] = [], payments: [DuesPayment] = []) -> DuesStatement.Facts {
        let profiles = profiles ?? (2024...2026).map { profile(.salaried, base: 800_000, year: $0) }
        return DuesStatement.Facts(personID: member, kind: kind, firstMonth: month(first),
                                   profiles: Dictionary(uniqueKeysWithValues: profiles.map { ($0.year, $0) }),
                                   reductions: reductions, payments: payments)
    }
}
