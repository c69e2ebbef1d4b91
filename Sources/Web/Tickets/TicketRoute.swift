import Domain
import Foundation

/// The addresses of the demand tracker's pages: tickets, the public board, statistics, briefings and settings.
enum TicketRoute {
    case index(TicketQuery)
    case new
    case ticket(Ticket.ID)
    case events(Ticket.ID)
    case photo(Ticket.ID, UUID)
    case board(text: String?)
    case statistics(from: LocalDate?, to: LocalDate?)
    case exportStatistics(from: LocalDate, to: LocalDate)
    case briefings
    case newBriefing
    case briefing(Briefing.ID)
    case briefingQuestions(Briefing.ID)
    case settings
    case calendar(year: Int?)

    var path: String {
        switch self {
        case .index(let q): "/tickets" + q.queryString
        case .new: "/tickets/new"
        case .ticket(let id): "/tickets/\(id.rawValue)"
        case .events(let id): "/tickets/\(id.rawValue)/events"
        case .photo(let id, let photo): "/tickets/\(id.rawValue)/photos/\(photo)"
        case .board(let text): "/tickets/board" + MeetingRoute.query([("q", text)])
        case .statistics(let from, let to): "/tickets/statistics" + MeetingRoute.query([("from", from?.iso), ("to", to?.iso)])
        case .exportStatistics(let from, let to): "/tickets/statistics/export.xlsx?from=\(from.iso)&to=\(to.iso)"
        case .briefings: "/briefings"
        case .newBriefing: "/briefings/new"
        case .briefing(let id): "/briefings/\(id.rawValue)"
        case .briefingQuestions(let id): "/briefings/\(id.rawValue)/questions"
        case .settings: "/settings/tickets"
        case .calendar(let year): "/settings/calendar" + MeetingRoute.query([("year", year.map(String.init))])
        }
    }
}

/// The filters of the ticket list, from and to its query string.
struct TicketQuery: Equatable, Sendable {
    var status: TicketStatus?
    var departmentID: Department.ID?
    var mine = false
    var assignedToMe = false
    var overdue = false
    var escalated = false
    var text: String?
    var page = 1

    var queryString: String {
        MeetingRoute.query([
            ("status", status?.rawValue), ("department", departmentID.map { $0.rawValue.uuidString }),
            ("mine", mine ? "true" : nil), ("assigned", assignedToMe ? "true" : nil), ("overdue", overdue ? "true" : nil),
            ("escalated", escalated ? "true" : nil), ("q", text?.isEmpty == false ? text : nil), ("page", page > 1 ? String(page) : nil),
        ])
    }
}
