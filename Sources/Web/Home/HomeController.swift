import Domain
import Persistence
import Plot
import Vapor

/// The home page: what the actor can reach, with counts from their scope.
enum HomeController {
    static let endpoints = [Endpoint(.GET, "", .viewHome, index)]

    struct Model {
        var actor: Actor
        var people: Int?
        var members: Int?
        var organizations: Int?
        /// For responders, leaders and the supervisor: tickets owing an answer, and those past their deadline.
        var openTickets: Int?
        var overdueTickets: Int?
        /// For the grid's staff: students of their reach who have not reported today (one click to the list).
        var missingReports: Int?
    }

    @Sendable static func index(_ request: Request) async throws -> Response {
        let actor = try request.actor, stores = request.stores
        var model = Model(actor: actor)
        if actor.may(.viewPeople) {
            model.people = try await stores.people.list(.init(), page: ListRequest(size: 1), scope: actor.scope).total
            let full = try await stores.people.list(.init(politicalStatus: .fullMember), page: ListRequest(size: 1), scope: actor.scope).total
            let probationary = try await stores.people.list(.init(politicalStatus: .probationaryMember), page: ListRequest(size: 1),
                                                            scope: actor.scope).total
            model.members = full + probationary
        }
        if actor.may(.viewOrganizations) { model.organizations = try await stores.organizations.list(scope: actor.scope).count }
        if actor.may(.handleTickets) {
            let one = ListRequest(size: 1)
            model.openTickets = try await stores.tickets.list(.init(status: .submitted), page: one, actor: actor, now: request.now).total
                + stores.tickets.list(.init(status: .accepted), page: one, actor: actor, now: request.now).total
            model.overdueTickets = try await stores.tickets.list(.init(overdue: true), page: one, actor: actor, now: request.now).total
        }
        model.missingReports = try await ReportHomeLinks.missingToday(request)
        return try View.render(model, PageContext(request)).response()
    }

    enum View {
        static func render(_ model: Model, _ context: PageContext) -> HTML {
            let s = context.strings
            return Layout.page("\(s.welcome)，\(model.actor.displayName)", context, .group(
                .p(.text("\(s.roles)：" + model.actor.roles.map(s.label).joined(separator: "、"))),
                ReportHomeLinks.render(missingToday: model.missingReports, context: context),
                PledgeHomeLinks.render(context: context),
                PointHomeLinks.render(context: context),
                DuesHomeLinks.render(context: context),
                .div(.class("stats"),
                     stat(s.visiblePeople, model.people, SiteRoute.people(PeopleQuery()).path),
                     stat(s.partyMembers, model.members, nil),
                     stat(s.visibleOrganizations, model.organizations, SiteRoute.organizations.path),
                     stat(s.openTicketsStat, model.openTickets, TicketRoute.index(TicketQuery()).path),
                     stat(s.overdueTicketsStat, model.overdueTickets, TicketRoute.index(TicketQuery(overdue: true)).path)),
                .if(context.may(.raiseTickets) && model.actor.personID != nil,
                    .p(.a(.class("button primary"), .href(TicketRoute.new.path), .text(s.newTicket)), .text(" "),
                       .a(.class("button"), .href(TicketRoute.index(TicketQuery(mine: true)).path), .text(s.myTicketsTitle)))),
                .unwrap(model.actor.personID) { id in
                    .p(.a(.class("button"), .href(SiteRoute.person(id).path), .text(s.myRecord)))
                }
            ))
        }

        private static func stat(_ label: String, _ value: Int?, _ link: String?) -> Node<HTML.BodyContext> {
            .unwrap(value) { value in
                .div(.class("stat"), .b(.text(String(value))),
                     .unwrap(link, { .a(.href($0), .text(label)) }, else: .span(.text(label))))
            }
        }
    }
}
