import Domain
import Persistence
import Vapor

/// The audit trail as a file: the page's filters, newest first, every page of them up to `limit` rows.
extension AuditController {
    /// Beyond this a spreadsheet is no longer the tool; the audit admin narrows the filters instead.
    static let exportLimit = 100_000

    @Sendable static func export(_ request: Request, format: ListExport.Format) async throws -> Response {
        var query = try AuditQuery(request)
        query.page = 1
        let zone = try await request.schoolTimeZone()
        let events = try await allEvents(request, filter: query.filter(in: zone))
        let s = request.strings
        let rows = events.map { event in
            [AuditTime.text(event.at, in: zone), event.actorLogin, s.label(event.action), event.target,
             s.label(event.result), event.address, s.detail(of: event)]
        }
        let header = [s.auditTime, s.auditActor, s.auditAction, s.auditTarget, s.auditResult, s.auditAddress, s.auditDetail]
        let list = ListExport(header: header, rows: rows, sheetName: s.auditTitle)
        return try await list.respond(request, format: format, name: .init(ascii: "audit", localised: s.auditFileName),
                                      target: "audit" + query.queryString)
    }

    /// The store hands out pages of at most 500; the trail is append-only and newest first, so an event
    /// logged meanwhile can only repeat a row at a page boundary, never hide one.
    private static func allEvents(_ request: Request, filter: AuditTrail.Filter) async throws -> [AuditEvent] {
        let scope = try request.actor.scope
        var events: [AuditEvent] = []
        var number = 1
        while events.count < exportLimit {
            let page = try await request.stores.auditTrail.list(filter, page: ListRequest(number: number, size: 500), scope: scope)
            events += page.items.prefix(exportLimit - events.count)
            guard number < page.pageCount else { break }
            number += 1
        }
        return events
    }
}
