import Domain
import Foundation
import Persistence
import Plot
import Vapor

/// 承诺墙: the published pledges of a branch (or the whole school), with owner, post, progress, rating and comments;
/// filtered by period and status. Everyone at the school reads it.
enum PledgeWall {
    struct Model {
        var query: PledgeQuery
        var page: ListPage<PledgeSummary>
        var organizations: [Organization]
        var today: LocalDate
    }

    @Sendable static func response(_ request: Request) async throws -> Response {
        let actor = try request.actor, pledges = request.stores.pledges
        let query = try PledgeQuery(request)
        let page = try await pledges.list(query.filter, page: ListRequest(number: query.page, size: 30), actor: actor)
        let model = Model(query: query, page: page, organizations: try await pledges.wallOrganizations(actor: actor),
                          today: try await request.today())
        return try View(model: model, context: PageContext(request)).render().response()
    }

    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings
            let title = model.query.organizationID.flatMap { id in model.organizations.first { $0.id == id }?.name }
                .map { "\($0) · \(s.pledgesTitle)" } ?? s.pledgesTitle
            return Layout.page(title, context, .group(
                .p(.class("hint"), .text(s.pledgeWallHint)),
                .div(.class("pager"),
                     .if(context.may(.makePledges), .a(.class("button primary"), .href(PledgeRoute.mine.path), .text(s.myPledgesTitle))),
                     .a(.href(PledgeRoute.posts(organization: model.query.organizationID).path), .text(s.postsTitle))),
                filters(),
                .p(.text(s.pageOf(model.page.number, model.page.pageCount, model.page.total))),
                model.page.items.isEmpty ? .p(.text(s.pledgeNone)) : PledgeCards.list(model.page.items, context: context, showOwner: true),
                pager()))
        }

        private func filters() -> Node<HTML.BodyContext> {
            let s = context.strings, q = model.query
            return .form(.method(.get), .action("/pledges"), .class("filters"),
                Form.select(s.pledgeOrganization, name: "org", options: model.organizations.map { ($0.id.rawValue.uuidString, $0.name) },
                            selected: q.organizationID?.rawValue.uuidString, includeEmpty: s.all),
                Form.select(s.pledgePeriod, name: "period", options: PledgePeriod.recent(today: model.today).map { ($0.code, s.label($0)) },
                            selected: q.period?.code, includeEmpty: s.all),
                Form.select(s.pledgeStatusLabel, name: "status",
                            options: PledgeStatus.allCases.filter(\.isPublic).map { ($0.rawValue, s.label($0)) },
                            selected: q.status?.rawValue, includeEmpty: s.all),
                .button(.type(.submit), .text(s.filter)))
        }

        private func pager() -> Node<HTML.BodyContext> {
            let s = context.strings
            var previous = model.query, next = model.query
            previous.page -= 1; next.page += 1
            return .div(.class("pager"),
                .if(model.page.number > 1, .a(.href(PledgeRoute.wall(previous).path), .text(s.previous))),
                .if(model.page.number < model.page.pageCount, .a(.href(PledgeRoute.wall(next).path), .text(s.next))))
        }
    }
}
