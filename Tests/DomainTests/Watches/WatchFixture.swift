@testable import Domain
import Foundation

/// A watch on a student of class A, and the people who may or may not act on it.
enum WatchFixture {
    static let classA = TreePath(rawValue: "/college/major/a/")
    static let classB = TreePath(rawValue: "/college/major/b/")
    static let opened = LocalDate(year: 2026, month: 11, day: 16)!

    static func watch(status: WatchStatus = .open, closedOn: LocalDate? = nil, school: School.ID = RuleFixture.school1) -> Watch {
        Watch(id: .init(RuleFixture.uuid(1)), schoolID: school, personID: RuleFixture.person, gridPath: classA,
              openedOn: opened, reason: "体温异常", status: status, closedOn: closedOn, createdAt: RuleFixture.t0)
    }

    static func actor(_ role: Role, grid: [TreePath] = [classA], everything: Bool = false,
                      school: School.ID = RuleFixture.school1) -> Actor {
        var grants: [Scope.Grant] = everything ? [.everything] : [.grid(grid)]
        grants.append(.person(Person.ID(RuleFixture.uuid(500))))
        return Actor(accountID: .init(RuleFixture.uuid(9)), login: "counselor", displayName: "辅导员", personID: nil,
                     schoolID: school, roles: [role], scope: Scope(schools: .only([school]), grants: grants))
    }

    static let counselorA = actor(.counselor)
    static let now = RuleFixture.t0
}
