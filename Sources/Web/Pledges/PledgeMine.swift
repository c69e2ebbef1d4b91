import Domain
import Persistence
import Plot
import Vapor

/// 我的承诺: the member's own pledges, drafts first, with the button to make a new one.
enum PledgeMine {
    @Sendable static func response(_ request: Request) async throws -> Response {
        let actor = try request.actor
        let page = try await request.stores.pledges.list(.init(mine: true), page: ListRequest(size: 200), actor: actor)
        let context = PageContext(request), s = context.strings
        return try Layout.page(s.myPledgesTitle, context, .group(
            .div(.class("pager"),
                 .a(.class("button primary"), .href(PledgeRoute.new.path), .text(s.pledgeNewTitle)),
                 .a(.href(PledgeRoute.wall(PledgeQuery()).path), .text(s.pledgesTitle))),
            page.items.isEmpty ? .p(.text(s.pledgeNone)) : PledgeCards.list(page.items, context: context, showOwner: false)))
            .response()
    }
}
