import Domain
import Foundation

/// The addresses of the ledger's pages.
enum LeaveRoute {
    case index(LeaveQuery)
    case new
    case leave(LeaveApplication.ID)
    case events(LeaveApplication.ID)
    case today
    case newStaffMovement
    case staffMovements
    case export(LeaveQuery, format: String)

    var path: String {
        switch self {
        case .index(let q): "/leaves" + q.queryString
        case .new: "/leaves/new"
        case .leave(let id): "/leaves/\(id.rawValue)"
        case .events(let id): "/leaves/\(id.rawValue)/events"
        case .today: "/leaves/today"
        case .newStaffMovement: "/leaves/staff/new"
        case .staffMovements: "/leaves/staff"
        case .export(let q, let format): "/leaves/export.\(format)" + q.queryString
        }
    }
}

/// The filters of the ledger's list, from and to its query string (the API reads the same names).
struct LeaveQuery: Equatable, Sendable {
    var status: LeaveStatus?
    var day: LocalDate?
    var unitID: GridUnit.ID?
    var traveller: LeaveTraveller?
    var mine = false
    var text: String?
    var page = 1

    var queryString: String {
        MeetingRoute.query([
            ("status", status?.rawValue), ("date", day?.iso), ("unit", unitID.map { $0.rawValue.uuidString }),
            ("traveller", traveller?.rawValue), ("mine", mine ? "true" : nil), ("q", text?.isEmpty == false ? text : nil),
            ("page", page > 1 ? String(page) : nil),
        ])
    }
}
