import Domain
import Persistence
import Vapor

extension API {
    /// `GET /api/v1/audit-events?action=&actor=&result=&from=&until=&page=&pageSize=`: the audit trail, newest
    /// first, for the audit admin. Filters as on the page; a malformed one is a 400.
    enum AuditController {
        static let endpoints = [Endpoint(.GET, "api/v1/audit-events", .viewAudit, index)]

        @Sendable static func index(_ request: Request) async throws -> Response {
            let query = try AuditQuery(request)
            let size = request.query[Int.self, at: "pageSize"] ?? 50
            let zone = try await request.schoolTimeZone()
            let page = try await request.stores.auditTrail.list(query.filter(in: zone), page: ListRequest(number: query.page, size: size),
                                                                scope: try request.actor.scope)
            return try await PageDTO(page, AuditEventDTO.init).json(request)
        }
    }
}
