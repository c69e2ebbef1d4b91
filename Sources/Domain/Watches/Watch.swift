import Foundation
import Tagged

/// 重点人群: a student under follow-up by their counsellor, opened by an abnormal daily report or by hand,
/// until it is closed with a reason.
public struct Watch: Identifiable, Equatable, Sendable {
    public typealias ID = Tagged<Watch, UUID>
    public var id: ID
    public var schoolID: School.ID
    public var personID: Person.ID
    /// The student's class path when the watch was opened: the watch stays with the class that was told.
    public var gridPath: TreePath?
    public var openedOn: LocalDate
    /// The abnormal daily report that opened it; nil when put on watch by hand.
    public var reportID: UUID?
    public var reason: String
    public var status: WatchStatus
    public var closedAt: Date?
    /// The business day of `closedAt` in the school's time zone.
    public var closedOn: LocalDate?
    /// The login that closed it.
    public var closedBy: String?
    public var closing: WatchClosing?
    public var createdAt: Date

    public init(id: ID, schoolID: School.ID, personID: Person.ID, gridPath: TreePath?, openedOn: LocalDate,
                reportID: UUID? = nil, reason: String, status: WatchStatus = .open, closedAt: Date? = nil,
                closedOn: LocalDate? = nil, closedBy: String? = nil, closing: WatchClosing? = nil, createdAt: Date) {
        self.id = id; self.schoolID = schoolID; self.personID = personID; self.gridPath = gridPath
        self.openedOn = openedOn; self.reportID = reportID; self.reason = reason; self.status = status
        self.closedAt = closedAt; self.closedOn = closedOn; self.closedBy = closedBy; self.closing = closing
        self.createdAt = createdAt
    }

    /// Days under watch: the opened day is day 1; a closed watch stops counting on its closing day.
    public func daysUnderWatch(today: LocalDate) -> Int {
        let end = status == .closed ? (closedOn ?? today) : today
        return max(1, openedOn.days(until: end) + 1)
    }
}
