import Domain
import Foundation
import Persistence

/// The addresses of the organisational-life pages.
enum MeetingRoute {
    case index(MeetingQuery)
    case new(organization: Organization.ID?)
    case meeting(Meeting.ID)
    case edit(Meeting.ID)
    case attendance(Meeting.ID)
    case attachments(Meeting.ID)
    case attachment(Meeting.ID, UUID)
    case deleteAttachment(Meeting.ID, UUID)
    case openSignIn(Meeting.ID)
    case screen(Meeting.ID)
    case print(Meeting.ID)
    case signIn
    case signInLink(Meeting.ID, token: String)
    case mine
    case export(organization: Organization.ID, year: Int, matrix: Bool)
    case board(organization: Organization.ID?, year: Int?)
    case inactivity(organization: Organization.ID?)
    case rules
    case notices
    case readNotice(UUID)

    var path: String {
        switch self {
        case .index(let q): "/meetings" + q.queryString
        case .new(let org): "/meetings/new" + (org.map { "?org=\($0.rawValue)" } ?? "")
        case .meeting(let id): "/meetings/\(id.rawValue)"
        case .edit(let id): "/meetings/\(id.rawValue)/edit"
        case .attendance(let id): "/meetings/\(id.rawValue)/attendance"
        case .attachments(let id): "/meetings/\(id.rawValue)/attachments"
        case .attachment(let id, let a): "/meetings/\(id.rawValue)/attachments/\(a)"
        case .deleteAttachment(let id, let a): "/meetings/\(id.rawValue)/attachments/\(a)/delete"
        case .openSignIn(let id): "/meetings/\(id.rawValue)/sign-in-window"
        case .screen(let id): "/meetings/\(id.rawValue)/screen"
        case .print(let id): "/meetings/\(id.rawValue)/print"
        case .signIn: "/sign-in"
        case .signInLink(let id, let token): "/sign-in?m=\(id.rawValue)&t=\(token)"
        case .mine: "/my/meetings"
        case .export(let org, let year, let matrix): "/meetings/export/\(matrix ? "attendance" : "list").xlsx?org=\(org.rawValue)&year=\(year)"
        case .board(let org, let year):
            "/compliance" + Self.query([("org", org.map { $0.rawValue.uuidString }), ("year", year.map(String.init))])
        case .inactivity(let org): "/compliance/inactivity" + Self.query([("org", org.map { $0.rawValue.uuidString })])
        case .rules: "/settings/meeting-rules"
        case .notices: "/notices"
        case .readNotice(let id): "/notices/\(id)/read"
        }
    }

    static func query(_ items: [(String, String?)]) -> String {
        let present = items.compactMap { key, value in value.map { "\(key)=\($0.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? $0)" } }
        return present.isEmpty ? "" : "?" + present.joined(separator: "&")
    }
}

/// The filters of the meetings list, from and to its query string.
struct MeetingQuery: Sendable, Equatable {
    var organizationID: Organization.ID?
    var kind: MeetingKind?
    var from: LocalDate?
    var to: LocalDate?
    var page: Int = 1

    var filter: MeetingStore.Filter { MeetingStore.Filter(organizationID: organizationID, from: from, to: to, kind: kind) }

    var queryString: String {
        MeetingRoute.query([("org", organizationID.map { $0.rawValue.uuidString }), ("kind", kind?.rawValue),
                            ("from", from?.iso), ("to", to?.iso), ("page", page > 1 ? String(page) : nil)])
    }
}
