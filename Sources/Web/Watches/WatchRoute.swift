import Domain
import Foundation

/// The addresses of the watch list's pages.
enum WatchRoute {
    case index(WatchQuery)
    case export(WatchQuery, format: String)
    /// The list's address without filters: what its filter form submits to.
    case list
    case new(person: Person.ID?, text: String?)
    case create
    case watch(Watch.ID)
    case followUps(Watch.ID)
    case close(Watch.ID)
    /// A student's daily reports (the daily-report pages).
    case personReports(Person.ID)

    var path: String {
        switch self {
        case .index(let q): "/watches" + q.queryString
        case .export(let q, let format): "/watches/export.\(format)" + q.queryString
        case .list: "/watches"
        case .new(let person, let text):
            "/watches/new" + MeetingRoute.query([("person", person.map { $0.rawValue.uuidString }), ("q", text)])
        case .create: "/watches"
        case .watch(let id): "/watches/\(id.rawValue)"
        case .followUps(let id): "/watches/\(id.rawValue)/follow-ups"
        case .close(let id): "/watches/\(id.rawValue)/close"
        case .personReports(let id): "/reports/person/\(id.rawValue)"
        }
    }
}

/// The filters of the watch list, from and to its query string. The list opens on the open watches.
struct WatchQuery: Equatable, Sendable {
    /// nil: every watch, open and closed.
    var status: WatchStatus? = .open
    var text: String?
    var page = 1

    var queryString: String {
        MeetingRoute.query([
            ("status", status?.rawValue ?? "all"), ("q", text?.isEmpty == false ? text : nil),
            ("page", page > 1 ? String(page) : nil),
        ])
    }
}
