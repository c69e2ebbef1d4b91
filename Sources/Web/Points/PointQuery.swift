import Domain
import Foundation
import Persistence
import Vapor

/// The query parameters pages and API share: `person`, `org`, `period` (2026, 2026-Q3, 2026-11; this month when
/// absent), and a decision's words.
enum PointQuery {
    static func person(_ request: Request) throws -> Person.ID? {
        guard let text = request.query[String.self, at: "person"], !text.isEmpty else { return nil }
        guard let id = UUID(uuidString: text) else { throw DomainError.notFound }
        return Person.ID(id)
    }

    static func period(_ request: Request) async throws -> Period {
        guard let key = request.query[String.self, at: "period"], !key.isEmpty else {
            return Period.containing(try await request.today(), unit: .month)
        }
        guard let period = Period(key: key) else {
            throw DomainError.invalid(field: "period", message: Message(zh: "统计期格式应为2026、2026-Q3或2026-11",
                                                                        en: "period is like 2026, 2026-Q3 or 2026-11"))
        }
        return period
    }

    /// The ranking the request asks for: `org` (in scope, or one the actor belongs to; else 404) and `period`.
    static func ranking(_ request: Request) async throws -> (Organization, Period, PointRanking<Person.ID>) {
        let actor = try request.actor, points = request.stores.points
        let period = try await period(request)
        let organization: Organization
        if let text = request.query[String.self, at: "org"], !text.isEmpty {
            guard let id = UUID(uuidString: text) else { throw DomainError.notFound }
            organization = try await points.rankableOrganization(.init(id), actor: actor)
        } else {
            guard let own = try await points.defaultRankedOrganization(actor: actor) else { throw DomainError.notFound }
            organization = own
        }
        return (organization, period, try await points.ranking(of: organization, period: period))
    }

    static func decision(_ code: String, reason: String?) throws -> PointsStore.Decision {
        switch code {
        case "approve": return .approve
        case "refuse": return .refuse(reason: reason ?? "")
        default: throw DomainError.invalid(field: "decision", message: Message(zh: "未知操作", en: "decision is approve or refuse"))
        }
    }
}
