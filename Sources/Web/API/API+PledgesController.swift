import Domain
import Foundation
import Persistence
import Vapor

extension API {
    /// 践诺制 under `/api/v1`, scoped like the pages: the wall is the school's, a draft its owner's; the owner
    /// reports, anyone at the school comments and rates, the branch committee appraises.
    enum PledgesController {
        static let endpoints = [
            Endpoint(.GET, "api/v1/pledges", .viewPledges, index),
            Endpoint(.POST, "api/v1/pledges", .makePledges, create),
            Endpoint(.GET, "api/v1/pledges/:id", .viewPledges, show),
            Endpoint(.POST, "api/v1/pledges/:id/publish", .makePledges, publish),
            Endpoint(.POST, "api/v1/pledges/:id/updates", .makePledges, report),
            Endpoint(.POST, "api/v1/pledges/:id/comments", .commentOnPledges, comment),
            Endpoint(.POST, "api/v1/pledges/:id/comments/:comment/hide", .appraisePledges, hide),
            Endpoint(.POST, "api/v1/pledges/:id/ratings", .commentOnPledges, rate),
            Endpoint(.POST, "api/v1/pledges/:id/appraisal", .appraisePledges, appraise),
            Endpoint(.GET, "api/v1/posts", .viewPledges, posts),
        ]

        /// The wall; `mine=true` lists the caller's own, drafts included.
        @Sendable static func index(_ request: Request) async throws -> Response {
            let actor = try request.actor
            let query = try PledgeQuery(request)
            var filter = query.filter
            if request.query[Bool.self, at: "mine"] == true { filter.mine = true; filter.publicOnly = false }
            let size = min(500, max(1, request.query[Int.self, at: "pageSize"] ?? 50))
            let page = try await request.stores.pledges.list(filter, page: ListRequest(number: query.page, size: size), actor: actor)
            return try await PageDTO(page) { PledgeDTO($0, actor: actor) }.json(request)
        }

        /// 201 for a new pledge; a replayed Idempotency-Key answers the first one again, marked as a replay.
        @Sendable static func create(_ request: Request) async throws -> Response {
            let body = try request.content.decode(PledgeRequest.self)
            let (pledge, created) = try await request.stores.pledges.create(
                try body.draft(), publish: body.publish ?? false, key: request.headers.first(name: "Idempotency-Key"),
                context: try request.auditContext)
            let response = try await detail(request, pledge.id).json(request, status: .created)
            if !created { response.headers.replaceOrAdd(name: "Idempotent-Replayed", value: "true") }
            return response
        }

        @Sendable static func show(_ request: Request) async throws -> Response {
            try await detail(request, try request.id("id")).json(request)
        }

        @Sendable static func publish(_ request: Request) async throws -> Response {
            let id: Pledge.ID = try request.id("id")
            try await request.stores.pledges.act(id, .publish, context: try request.auditContext)
            return try await detail(request, id).json(request)
        }

        /// A progress or fulfilment report; the same Idempotency-Key stores it once.
        @Sendable static func report(_ request: Request) async throws -> Response {
            let id: Pledge.ID = try request.id("id")
            let input = try request.content.decode(PledgeReportInput.self)
            try await request.stores.pledges.act(id, try input.action(), key: request.headers.first(name: "Idempotency-Key"),
                                                 context: try request.auditContext)
            return try await detail(request, id).json(request, status: .created)
        }

        @Sendable static func comment(_ request: Request) async throws -> Response {
            let id: Pledge.ID = try request.id("id")
            let input = try request.content.decode(PledgeCommentInput.self)
            let (comment, created) = try await request.stores.pledges.comment(
                on: id, text: input.text, key: request.headers.first(name: "Idempotency-Key"), context: try request.auditContext)
            let response = try await PledgeCommentDTO(comment).json(request, status: .created)
            if !created { response.headers.replaceOrAdd(name: "Idempotent-Replayed", value: "true") }
            return response
        }

        @Sendable static func hide(_ request: Request) async throws -> Response {
            let input = try request.content.decode(PledgeHideInput.self)
            let comment = try await request.stores.pledges.hide(try request.id("comment"), of: try request.id("id"), reason: input.reason,
                                                                context: try request.auditContext)
            return try await PledgeCommentDTO(comment).json(request)
        }

        @Sendable static func rate(_ request: Request) async throws -> Response {
            let input = try request.content.decode(PledgeRatingInput.self)
            let summary = try await request.stores.pledges.rate(try request.id("id"), score: input.score, context: try request.auditContext)
            return try await PledgeRatingDTO(count: summary.count, averageTenths: summary.averageTenths, myRating: input.score).json(request)
        }

        @Sendable static func appraise(_ request: Request) async throws -> Response {
            let id: Pledge.ID = try request.id("id")
            let input = try request.content.decode(PledgeAppraisalInput.self)
            try await request.stores.pledges.act(id, try input.action(), context: try request.auditContext)
            return try await detail(request, id).json(request)
        }

        @Sendable static func posts(_ request: Request) async throws -> Response {
            let model = try await PostWall.load(request)
            return try await model.holders.map { PostHolderDTO($0, points: model.points[$0.personID] ?? 0) }.json(request)
        }

        static func detail(_ request: Request, _ id: Pledge.ID) async throws -> PledgeDetailDTO {
            let actor = try request.actor, pledges = request.stores.pledges
            let pledge = try await pledges.find(id, actor: actor)
            let party = try await pledges.party(pledge, actor: actor)
            let summary = try await pledges.summaries([pledge])[0]
            return PledgeDetailDTO(pledge: PledgeDTO(summary, actor: actor), updates: try await pledges.updates(of: id).map(PledgeUpdateDTO.init),
                                   comments: try await pledges.comments(of: id).map(PledgeCommentDTO.init),
                                   myRating: try await pledges.rating(of: id, by: actor.personID),
                                   actions: PledgeTransition.possibleActions(pledge, by: party, today: try await request.today()))
        }
    }
}
