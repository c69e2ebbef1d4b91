import Domain
import Foundation
import Persistence
import Plot
import Vapor

/// 党员先锋岗·示范岗 (亮身份): the posts of a branch or of the school, their holders, the holders' current pledges
/// and this year's points.
enum PostWall {
    struct Model {
        var organizationID: Organization.ID?
        var holders: [PostHolder]
        var organizations: [Organization]
        /// This year's counted points per holder.
        var points: [Person.ID: Int]
    }

    @Sendable static func response(_ request: Request) async throws -> Response {
        try await View(model: load(request), context: PageContext(request)).render().response()
    }

    static func load(_ request: Request) async throws -> Model {
        let actor = try request.actor, stores = request.stores
        let organization: Organization.ID? = try request.optionalID("org")
        let today = try await request.today()
        let holders = try await stores.pledges.postHolders(organization: organization, today: today, actor: actor)
        let points = try await stores.points.balances(of: Array(Set(holders.map(\.personID))), period: Period.containing(today, unit: .year))
        return Model(organizationID: organization, holders: holders, organizations: try await stores.pledges.wallOrganizations(actor: actor),
                     points: points)
    }

    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings
            return Layout.page(s.postsTitle, context, .group(
                .form(.method(.get), .action("/posts"), .class("filters"),
                      Form.select(s.pledgeOrganization, name: "org", options: model.organizations.map { ($0.id.rawValue.uuidString, $0.name) },
                                  selected: model.organizationID?.rawValue.uuidString, includeEmpty: s.all),
                      .button(.type(.submit), .text(s.filter))),
                .p(.a(.href(PledgeRoute.wall(PledgeQuery(organizationID: model.organizationID)).path), .text(s.pledgesTitle))),
                model.holders.isEmpty ? .p(.text(s.postNone)) : table()))
        }

        private func table() -> Node<HTML.BodyContext> {
            let s = context.strings
            return .table(.class("list"),
                .thead(.tr(.th(.text(s.kind)), .th(.text(s.name)), .th(.text(s.postHolder)), .th(.text(s.postSince)),
                           .th(.text(s.postCurrentPledges)), .th(.text(s.postPointsYear)))),
                .tbody(.forEach(model.holders) { h in
                    .tr(.td(.text(s.label(h.post.kind))), .td(.text(h.post.title)), .td(.text(h.name)),
                        .td(.text(h.post.since?.iso ?? "")),
                        .td(.ul(.forEach(h.pledges) { p in
                            .li(.a(.href(PledgeRoute.pledge(p.id).path), .text(p.promise)), .text("（\(s.label(p.status))）"))
                        })),
                        .td(.text(String(model.points[h.personID] ?? 0))))
                }))
        }
    }
}
