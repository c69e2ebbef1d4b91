@testable import Domain
import Foundation

/// A member's pledge for 2026 in branch /1/7/ (group /1/7/9/), at a school whose "today" is 2026-11-18.
enum PledgeFixture {
    static let today = LocalDate(year: 2026, month: 11, day: 18)!
    static let now = RuleFixture.t0
    static let branch = TreePath(rawValue: "/1/7/")
    static let owner = PledgeParty(isOwner: true, isSupervisor: true)
    static let committee = PledgeParty(isCommittee: true, isSupervisor: true)
    static let secretary = PledgeParty(isCommittee: true, isSecretary: true, isSupervisor: true)
    static let masses = PledgeParty(isSupervisor: true)
    static let report = PledgeReport(text: "本月帮扶2名同学完成补考复习", evidence: ["https://example.edu/photo1.jpg"])

    static func draft(_ period: PledgePeriod = PledgePeriod(year: 2026), due: String = "2026-12-20") -> PledgeDraft {
        PledgeDraft(period: period, promise: "帮扶3名学业困难学生", dueDate: LocalDate(iso: due)!)
    }

    static func pledge(_ status: PledgeStatus = .draft, period: PledgePeriod = PledgePeriod(year: 2026),
                       due: String = "2026-12-20") -> Pledge {
        Pledge(id: .init(RuleFixture.uuid(700)), schoolID: RuleFixture.school1, personID: RuleFixture.person,
               organizationID: .init(RuleFixture.uuid(7)), organizationPath: TreePath(rawValue: "/1/7/9/"),
               draft: draft(period, due: due), status: status, createdAt: now)
    }

    static func actor(roles: [Role], person: Person.ID? = Person.ID(RuleFixture.uuid(101)), grants: [Scope.Grant] = [],
                      school: School.ID = RuleFixture.school1) -> Actor {
        Actor(accountID: .init(RuleFixture.uuid(102)), login: "someone", displayName: "某人", personID: person,
              schoolID: school, roles: roles, scope: Scope(schools: .only([school]), grants: grants + (person.map { [.person($0)] } ?? [])))
    }
}
