import Domain
import Foundation

/// The addresses of the points pages.
enum PointRoute {
    case mine(period: String?)
    case ranking(organization: Organization.ID?, period: String?)
    case export(organization: Organization.ID?, period: String?)
    case new
    case entries
    case pending
    case person(Person.ID)
    case decision(PointEntry.ID)
    case corrections(PointEntry.ID)
    case rules
    case rule(PointEvent)
    case archive
    case nominations
    case nomination(Nomination.ID)
    case nominationDecision(Nomination.ID)

    var path: String {
        switch self {
        case .mine(let period): "/points/mine" + MeetingRoute.query([("period", period)])
        case .ranking(let org, let period):
            "/points/ranking" + MeetingRoute.query([("org", org.map { $0.rawValue.uuidString }), ("period", period)])
        case .export(let org, let period):
            "/points/ranking.xlsx" + MeetingRoute.query([("org", org.map { $0.rawValue.uuidString }), ("period", period)])
        case .new: "/points/entries/new"
        case .entries: "/points/entries"
        case .pending: "/points/pending"
        case .person(let id): "/points/people/\(id.rawValue)"
        case .decision(let id): "/points/entries/\(id.rawValue)/decision"
        case .corrections(let id): "/points/entries/\(id.rawValue)/corrections"
        case .rules: "/settings/points"
        case .rule(let event): "/settings/points/\(event.rawValue)"
        case .archive: "/points/archive"
        case .nominations: "/points/nominations"
        case .nomination(let id): "/points/nominations/\(id.rawValue)"
        case .nominationDecision(let id): "/points/nominations/\(id.rawValue)/decision"
        }
    }
}
