import Foundation
import Tagged

/// 师生流动台账: one line of the leave/return ledger. A student's application to leave campus, its decision,
/// departure and return; or a staff member's movement, recorded directly.
public struct LeaveApplication: Identifiable, Equatable, Sendable {
    public typealias ID = Tagged<LeaveApplication, UUID>
    public var id: ID
    public var schoolID: School.ID
    public var personID: Person.ID
    public var traveller: LeaveTraveller
    /// The student's class when they applied; nil for staff.
    public var classID: GridUnit.ID?
    /// The class's grid path when they applied, so that scope follows the class the decision belonged to.
    public var gridPath: TreePath?
    /// Both days inclusive, in the school's time zone.
    public var firstDay: LocalDate
    public var lastDay: LocalDate
    public var destination: String
    public var reason: String
    public var status: LeaveStatus
    /// The login of whoever approved or refused.
    public var decidedBy: String?
    public var decidedAt: Date?
    public var decisionNote: String?
    public var leftAt: Date?
    public var leftDay: LocalDate?
    public var returnedAt: Date?
    public var returnedDay: LocalDate?
    public var createdAt: Date

    public init(id: ID, schoolID: School.ID, personID: Person.ID, traveller: LeaveTraveller, classID: GridUnit.ID?,
                gridPath: TreePath?, draft: LeaveDraft, status: LeaveStatus = .pending, createdAt: Date) {
        self.id = id; self.schoolID = schoolID; self.personID = personID; self.traveller = traveller
        self.classID = classID; self.gridPath = gridPath; self.firstDay = draft.firstDay; self.lastDay = draft.lastDay
        self.destination = draft.destination; self.reason = draft.reason; self.status = status
        self.createdAt = createdAt
    }

    /// The days as written on the application.
    public var draft: LeaveDraft { LeaveDraft(firstDay: firstDay, lastDay: lastDay, destination: destination, reason: reason) }

    /// Days of leave, both ends counted.
    public var dayCount: Int { firstDay.days(until: lastDay) + 1 }

    /// Approved but not back by its last day: the counsellor should ask after them.
    public func isOverdue(today: LocalDate) -> Bool {
        (status == .approved || status == .left) && lastDay < today
    }
}
