import Domain
import Persistence
import Vapor

/// The audit trail page, for the audit admin only. Read-only: the audit admin has no write route at all.
enum AuditController {
    static let endpoints = [Endpoint(.GET, "audit", .viewAudit, index)]
        + ListExport.endpoints("audit/export", .viewAudit, export)

    @Sendable static func index(_ request: Request) async throws -> Response {
        let query = try AuditQuery(request)
        let zone = try await request.schoolTimeZone()
        let page = try await request.stores.auditTrail.list(query.filter(in: zone), page: ListRequest(number: query.page, size: 50),
                                                            scope: try request.actor.scope)
        let model = AuditIndex.Model(query: query, page: page, timeZone: zone)
        return try AuditIndex.View(model: model, context: PageContext(request)).render().response()
    }
}
