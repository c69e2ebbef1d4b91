@testable import Domain
import Foundation

/// A student's application for 2026-11-20..22 at a school whose "today" is 2026-11-18.
enum LeaveFixture {
    static let today = LocalDate(year: 2026, month: 11, day: 18)!
    static let now = RuleFixture.t0
    static let student = LeaveParty(isTraveller: true, isDecider: false)
    static let counselor = LeaveParty(isTraveller: false, isDecider: true)
    static let reader = LeaveParty(isTraveller: false, isDecider: false)

    static func day(_ offset: Int) -> LocalDate { today.adding(days: offset) }

    static func draft(first: Int = 2, last: Int = 4, destination: String = "北京", reason: String = "家中有事") -> LeaveDraft {
        LeaveDraft(firstDay: day(first), lastDay: day(last), destination: destination, reason: reason)
    }

    static func leave(_ status: LeaveStatus = .pending, traveller: LeaveTraveller = .student, first: Int = 2, last: Int = 4) -> LeaveApplication {
        LeaveApplication(id: .init(RuleFixture.uuid(900)), schoolID: RuleFixture.school1, personID: RuleFixture.person,
                         traveller: traveller, classID: .init(RuleFixture.uuid(901)), gridPath: TreePath(rawValue: "/c/m/k/"),
                         draft: draft(first: first, last: last), status: status, createdAt: now)
    }
}
