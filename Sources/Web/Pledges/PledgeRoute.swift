import Domain
import Foundation
import Persistence

/// The addresses of the pledge pages and the posts on display.
enum PledgeRoute {
    case wall(PledgeQuery)
    case mine
    case new
    case pledge(Pledge.ID)
    case edit(Pledge.ID)
    case events(Pledge.ID)
    case appraisal(Pledge.ID)
    case comments(Pledge.ID)
    case hide(Pledge.ID, PledgeComment.ID)
    case ratings(Pledge.ID)
    case posts(organization: Organization.ID?)

    var path: String {
        switch self {
        case .wall(let q): "/pledges" + q.queryString
        case .mine: "/pledges/mine"
        case .new: "/pledges/new"
        case .pledge(let id): "/pledges/\(id.rawValue)"
        case .edit(let id): "/pledges/\(id.rawValue)/edit"
        case .events(let id): "/pledges/\(id.rawValue)/events"
        case .appraisal(let id): "/pledges/\(id.rawValue)/appraisal"
        case .comments(let id): "/pledges/\(id.rawValue)/comments"
        case .hide(let id, let comment): "/pledges/\(id.rawValue)/comments/\(comment.rawValue)/hide"
        case .ratings(let id): "/pledges/\(id.rawValue)/ratings"
        case .posts(let org): "/posts" + MeetingRoute.query([("org", org.map { $0.rawValue.uuidString })])
        }
    }
}

/// The wall's filters, from and to its query string (the API reads the same names).
struct PledgeQuery: Equatable, Sendable {
    var organizationID: Organization.ID?
    var period: PledgePeriod?
    var status: PledgeStatus?
    var page = 1

    var queryString: String {
        MeetingRoute.query([
            ("org", organizationID.map { $0.rawValue.uuidString }), ("period", period?.code), ("status", status?.rawValue),
            ("page", page > 1 ? String(page) : nil),
        ])
    }

    var filter: PledgeStore.Filter {
        // The wall shows what is public; one's own drafts live on "my pledges".
        PledgeStore.Filter(organizationID: organizationID, period: period, status: status, publicOnly: true)
    }
}
