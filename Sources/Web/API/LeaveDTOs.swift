import Domain
import Foundation
import Persistence
import Vapor

/// A ledger line as the API shows it, with its traveller's name and number (readers are in scope of them).
struct LeaveDTO: Content {
    var id: UUID
    var traveller: LeaveTraveller
    var personId: UUID
    var personName: String
    var personNumber: String
    var classId: UUID?
    var firstDay: String
    var lastDay: String
    var days: Int
    var destination: String
    var reason: String
    var status: LeaveStatus
    var overdue: Bool
    var mine: Bool
    var decidedBy: String?
    var decidedAt: Date?
    var decisionNote: String?
    var leftAt: Date?
    var leftDay: String?
    var returnedAt: Date?
    var returnedDay: String?
    var createdAt: Date

    init(_ l: LeaveApplication, actor: Actor, person: (name: String, number: String)?, today: LocalDate) {
        id = l.id.rawValue; traveller = l.traveller; personId = l.personID.rawValue
        personName = person?.name ?? ""; personNumber = person?.number ?? ""; classId = l.classID?.rawValue
        firstDay = l.firstDay.iso; lastDay = l.lastDay.iso; days = l.dayCount; destination = l.destination; reason = l.reason
        status = l.status; overdue = l.isOverdue(today: today); mine = l.personID == actor.personID
        decidedBy = l.decidedBy; decidedAt = l.decidedAt; decisionNote = l.decisionNote
        leftAt = l.leftAt; leftDay = l.leftDay?.iso; returnedAt = l.returnedAt; returnedDay = l.returnedDay?.iso
        createdAt = l.createdAt
    }
}

/// A line and the actions the caller may take on it now.
struct LeaveDetailDTO: Content {
    var leave: LeaveDTO
    /// By `type`, as POST …/events takes them.
    var actions: [String]
}

/// A new application, or (with `number`) a staff movement.
struct LeaveRequest: Content {
    var firstDay: String
    var lastDay: String
    var destination: String
    var reason: String
    /// The staff member's number, for POST /api/v1/leaves/staff.
    var number: String?

    func draft() throws -> LeaveDraft {
        guard let first = LocalDate(iso: firstDay) else {
            throw DomainError.invalid(field: "firstDay", message: Message(zh: "日期格式应为YYYY-MM-DD", en: "firstDay must be YYYY-MM-DD"))
        }
        guard let last = LocalDate(iso: lastDay) else {
            throw DomainError.invalid(field: "lastDay", message: Message(zh: "日期格式应为YYYY-MM-DD", en: "lastDay must be YYYY-MM-DD"))
        }
        return LeaveDraft(firstDay: first, lastDay: last, destination: destination, reason: reason)
    }
}

/// Who is away on a day in the caller's scope.
struct LeaveTodayDTO: Content {
    struct ClassCount: Content { var classId: UUID?; var name: String; var count: Int }
    var day: String
    var people: Int
    var perClass: [ClassCount]
    var items: [LeaveDTO]
}
