import Domain
import Persistence
import Plot
import Vapor

/// The pledge pages: the wall, my pledges, making and editing a pledge, one pledge with its reports, comments,
/// ratings and appraisal, and the posts on display.
enum PledgesController {
    static let endpoints = [
        Endpoint(.GET, "pledges", .viewPledges, PledgeWall.response),
        Endpoint(.GET, "pledges/mine", .makePledges, PledgeMine.response),
        Endpoint(.GET, "pledges/new", .makePledges, new),
        Endpoint(.POST, "pledges", .makePledges, create),
        Endpoint(.GET, "pledges/:id", .viewPledges, show),
        Endpoint(.GET, "pledges/:id/edit", .makePledges, edit),
        Endpoint(.POST, "pledges/:id", .makePledges, update),
        Endpoint(.POST, "pledges/:id/events", .makePledges, act),
        Endpoint(.POST, "pledges/:id/appraisal", .appraisePledges, appraise),
        Endpoint(.POST, "pledges/:id/comments", .commentOnPledges, comment),
        Endpoint(.POST, "pledges/:id/comments/:comment/hide", .appraisePledges, hide),
        Endpoint(.POST, "pledges/:id/ratings", .commentOnPledges, rate),
        Endpoint(.GET, "posts", .viewPledges, PostWall.response),
    ]

    @Sendable static func new(_ request: Request) async throws -> Response {
        var form = PledgeForm()
        let today = try await request.today()
        form.period = String(today.year)
        return try await editor(request, form: form, editing: nil, error: nil)
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(PledgeForm.self)
        do {
            let (pledge, _) = try await request.stores.pledges.create(try form.draft(), publish: form.intent == "publish",
                                                                     key: form.submission, context: try request.auditContext)
            return request.redirect(to: PledgeRoute.pledge(pledge.id).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity || error.status == .conflict {
            return try await editor(request, form: form, editing: nil, error: error)
        }
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        try await PledgeShow.response(request, id: try request.id("id"))
    }

    @Sendable static func edit(_ request: Request) async throws -> Response {
        let pledge = try await request.stores.pledges.find(try request.id("id"), actor: try request.actor)
        guard PledgeTransition.possibleActions(pledge, by: try await request.stores.pledges.party(pledge, actor: try request.actor),
                                               today: try await request.today()).contains("edit") else { throw DomainError.forbidden }
        return try await editor(request, form: PledgeForm(pledge), editing: pledge.id, error: nil)
    }

    /// Saves the draft, and publishes it when the "save and publish" button was pressed.
    @Sendable static func update(_ request: Request) async throws -> Response {
        let id: Pledge.ID = try request.id("id")
        let form = try request.content.decode(PledgeForm.self)
        let pledges = request.stores.pledges, context = try request.auditContext
        do {
            try await pledges.edit(id, try form.draft(), context: context)
            if form.intent == "publish" { try await pledges.act(id, .publish, context: context) }
            return request.redirect(to: PledgeRoute.pledge(id).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity || error.status == .conflict {
            return try await editor(request, form: form, editing: id, error: error)
        }
    }

    /// The owner's actions: publish, or a progress or fulfilment report.
    @Sendable static func act(_ request: Request) async throws -> Response {
        let id: Pledge.ID = try request.id("id")
        let type = try request.content.get(String.self, at: "type")
        var typed = PledgeShow.Typed(form: type == "publish" ? "publish" : "report")
        do {
            if type == "publish" {
                try await request.stores.pledges.act(id, .publish, context: try request.auditContext)
            } else {
                let input = try request.content.decode(PledgeReportInput.self)
                typed.reportKind = input.kind; typed.reportText = input.text; typed.evidence = input.evidenceLines ?? ""
                try await request.stores.pledges.act(id, try input.action(), key: input.submission, context: try request.auditContext)
            }
            return request.redirect(to: PledgeRoute.pledge(id).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity || error.status == .conflict {
            typed.error = error
            return try await PledgeShow.response(request, id: id, typed: typed)
        }
    }

    @Sendable static func appraise(_ request: Request) async throws -> Response {
        let id: Pledge.ID = try request.id("id")
        let input = try request.content.decode(PledgeAppraisalInput.self)
        return try await onPage(request, id, PledgeShow.Typed(form: "appraise", remark: input.remark ?? "")) {
            try await request.stores.pledges.act(id, try input.action(), context: try request.auditContext)
        }
    }

    @Sendable static func comment(_ request: Request) async throws -> Response {
        let id: Pledge.ID = try request.id("id")
        let input = try request.content.decode(PledgeCommentInput.self)
        return try await onPage(request, id, PledgeShow.Typed(form: "comment", comment: input.text), anchor: "#comment") {
            _ = try await request.stores.pledges.comment(on: id, text: input.text, key: input.submission, context: try request.auditContext)
        }
    }

    @Sendable static func hide(_ request: Request) async throws -> Response {
        let id: Pledge.ID = try request.id("id")
        let comment: PledgeComment.ID = try request.id("comment")
        let input = try request.content.decode(PledgeHideInput.self)
        return try await onPage(request, id, PledgeShow.Typed(form: "hide")) {
            try await request.stores.pledges.hide(comment, of: id, reason: input.reason, context: try request.auditContext)
        }
    }

    @Sendable static func rate(_ request: Request) async throws -> Response {
        let id: Pledge.ID = try request.id("id")
        let input = try request.content.decode(PledgeRatingInput.self)
        return try await onPage(request, id, PledgeShow.Typed(form: "rate")) {
            try await request.stores.pledges.rate(id, score: input.score, context: try request.auditContext)
        }
    }

    /// Runs a change from the pledge's page: back to the page on success; the page again with the message (and what
    /// was typed) when a rule refused it.
    private static func onPage(_ request: Request, _ id: Pledge.ID, _ typed: PledgeShow.Typed, anchor: String = "",
                               _ change: () async throws -> Void) async throws -> Response {
        do {
            try await change()
            return request.redirect(to: PledgeRoute.pledge(id).path + anchor, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity || error.status == .conflict {
            var typed = typed
            typed.error = error
            return try await PledgeShow.response(request, id: id, typed: typed)
        }
    }

    private static func editor(_ request: Request, form: PledgeForm, editing: Pledge.ID?, error: DomainError?) async throws -> Response {
        let actor = try request.actor
        var own: (posts: [Post], duty: CommitteeRole?) = ([], nil)
        if let person = actor.personID { own = try await request.stores.pledges.postsAndDuty(of: person) }
        let view = PledgeEditor.View(form: form, editing: editing, periods: PledgePeriod.choices(today: try await request.today()),
                                     posts: own.posts, duty: own.duty, error: error, context: PageContext(request))
        return try view.render().response(status: error?.status ?? .ok)
    }
}
