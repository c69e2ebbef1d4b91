import Domain
import Foundation
import Persistence
import Vapor

extension API {
    /// The watch list under `/api/v1`, scoped exactly like the pages: a counsellor's classes, a college's grid,
    /// the school's for the school-wide admin. Writes may carry an Idempotency-Key.
    enum WatchesController {
        static let endpoints = [
            Endpoint(.GET, "api/v1/watches", .viewWatches, index),
            Endpoint(.POST, "api/v1/watches", .manageWatches, create),
            Endpoint(.GET, "api/v1/watches/:id", .viewWatches, show),
            Endpoint(.POST, "api/v1/watches/:id/follow-ups", .manageWatches, followUp),
            Endpoint(.POST, "api/v1/watches/:id/close", .manageWatches, close),
        ]

        @Sendable static func index(_ request: Request) async throws -> Response {
            let query = try WatchQuery(request)
            let size = min(500, max(1, request.query[Int.self, at: "pageSize"] ?? 50))
            let page = try await request.stores.watches.list(query.filter, page: ListRequest(number: query.page, size: size),
                                                             scope: try request.actor.scope)
            let today = try await request.today()
            return try await PageDTO(page) { WatchDTO($0, today: today) }.json(request)
        }

        @Sendable static func create(_ request: Request) async throws -> Response {
            let body = try request.content.decode(WatchRequest.self)
            var day = try await request.today()
            if let text = body.day {
                guard let parsed = LocalDate(iso: text), parsed <= day else {
                    throw DomainError.invalid(field: "day", message: Message(zh: "日期应为今天或之前（YYYY-MM-DD）", en: "day must be YYYY-MM-DD, today or earlier"))
                }
                day = parsed
            }
            let watch = try await request.stores.watches.open(person: .init(body.personId), reason: body.reason ?? "", day: day,
                                                              key: request.headers.first(name: "Idempotency-Key"),
                                                              context: try request.auditContext)
            return try await detail(request, watch.id).json(request, status: .created)
        }

        @Sendable static func show(_ request: Request) async throws -> Response {
            try await detail(request, try request.id("id")).json(request)
        }

        @Sendable static func followUp(_ request: Request) async throws -> Response {
            let id: Watch.ID = try request.id("id")
            let body = try request.content.decode(FollowUpRequest.self)
            try await request.stores.watches.followUp(try body.draft, on: id, key: request.headers.first(name: "Idempotency-Key"),
                                                      context: try request.auditContext)
            return try await detail(request, id).json(request, status: .created)
        }

        @Sendable static func close(_ request: Request) async throws -> Response {
            let id: Watch.ID = try request.id("id")
            let body = try request.content.decode(WatchCloseRequest.self)
            try await request.stores.watches.close(id, with: try body.closing(), context: try request.auditContext)
            return try await detail(request, id).json(request)
        }

        static func detail(_ request: Request, _ id: Watch.ID) async throws -> WatchDetailDTO {
            let scope = try request.actor.scope, watches = request.stores.watches
            let entry = try await watches.find(id, scope: scope)
            let followUps = try await watches.followUps(of: id, scope: scope)
            return WatchDetailDTO(watch: WatchDTO(entry, today: try await request.today()), followUps: followUps.map(FollowUpDTO.init))
        }
    }
}
