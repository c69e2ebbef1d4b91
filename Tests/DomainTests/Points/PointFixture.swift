@testable import Domain
import Foundation

/// A rule with round caps and entries on fixed days, for the points suites.
enum PointFixture {
    static let today = LocalDate(year: 2026, month: 11, day: 20)!

    static func rule(_ event: PointEvent = .volunteerHour, points: Int = 2, unit: PointUnit = .hour, day: Int? = 8,
                     month: Int? = 20, approval: Bool = false) -> PointRule {
        PointRule(id: .init(RuleFixture.uuid(500)), schoolID: RuleFixture.school1, event: event, name: "志愿服务",
                  pointsPerUnit: points, unit: unit, dailyCap: day, monthlyCap: month, needsApproval: approval)
    }

    static func earned(_ today: Int = 0, _ month: Int = 0) -> PointLedger.Earned { .init(today: today, thisMonth: month) }

    static func proposal(quantity: Int = 2, day: LocalDate = today, evidence: String = "社区服务签到表") -> PointProposal {
        PointProposal(personID: RuleFixture.person, event: .volunteerHour, quantity: quantity, day: day, evidence: evidence)
    }

    static func approved(points: Int) -> PointEntry {
        PointEntry(id: .init(RuleFixture.uuid(600)), schoolID: RuleFixture.school1, personID: RuleFixture.person,
                   ruleID: rule().id, event: .volunteerHour, quantity: 1, points: points, requestedPoints: points, day: today,
                   status: .approved, source: nil, proposedBy: "m1", createdAt: RuleFixture.t0)
    }
}
