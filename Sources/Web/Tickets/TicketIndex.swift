import Domain
import Foundation
import Persistence
import Plot
import Vapor

/// The list of tickets in scope, newest first, with its overdue and escalated marks and filters.
enum TicketIndex {
    struct Model {
        var query: TicketQuery
        var page: ListPage<Ticket>
        var departments: [Department]
        var categories: [TicketCategory.ID: String]
        var requesters: [Ticket.ID: String]
        var now: Date
        var timeZone: TimeZone
        var showsRequester: Bool

        static func load(_ request: Request, query: TicketQuery, page: ListPage<Ticket>) async throws -> Model {
            let actor = try request.actor, stores = request.stores
            guard let school = actor.schoolID else { throw DomainError.notFound }
            let categories = try await stores.departments.categories(of: school)
            return Model(query: query, page: page, departments: try await stores.departments.departments(of: school),
                         categories: Dictionary(uniqueKeysWithValues: categories.map { ($0.id, $0.name) }),
                         requesters: try await stores.tickets.requesterNames(of: page.items, actor: actor),
                         now: request.now, timeZone: try await request.schoolTimeZone(),
                         showsRequester: actor.may(.handleTickets) || actor.scope.reachesAllTickets)
        }
    }

    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings
            return Layout.page(model.query.mine ? s.myTicketsTitle : s.ticketsTitle, context, .group(
                .div(.class("pager"),
                     .if(context.may(.raiseTickets), .a(.class("button primary"), .href(TicketRoute.new.path), .text(s.newTicket))),
                     .a(.href(TicketRoute.board(text: nil).path), .text(s.ticketBoardTitle)),
                     .if(context.may(.viewBriefings), .a(.href(TicketRoute.briefings.path), .text(s.briefingsTitle))),
                     .if(context.may(.viewTicketStatistics), .a(.href(TicketRoute.statistics(from: nil, to: nil).path), .text(s.statisticsLink)))),
                filters(),
                .p(.text(s.pageOf(model.page.number, model.page.pageCount, model.page.total))),
                model.page.items.isEmpty ? .p(.text(s.noTickets)) : list(),
                pager()))
        }

        private func filters() -> Node<HTML.BodyContext> {
            let s = context.strings, q = model.query
            let staff = context.may(.handleTickets) || (context.actor?.scope.reachesAllTickets ?? false)
            return .form(.method(.get), .action("/tickets"), .class("filters"),
                Form.text(s.search, name: "q", value: q.text),
                Form.select(s.meetingStatus, name: "status", options: TicketStatus.allCases.map { ($0.rawValue, s.label($0)) },
                            selected: q.status?.rawValue, includeEmpty: s.all),
                .if(staff, Form.select(s.department, name: "department",
                                       options: model.departments.map { ($0.id.rawValue.uuidString, $0.name) },
                                       selected: q.departmentID?.rawValue.uuidString, includeEmpty: s.all)),
                .if(staff, Form.checkbox(s.onlyMine, name: "mine", checked: q.mine)),
                .if(staff, Form.checkbox(s.assignedToMe, name: "assigned", checked: q.assignedToMe)),
                .if(staff, Form.checkbox(s.overdueOnly, name: "overdue", checked: q.overdue)),
                .if(staff, Form.checkbox(s.escalatedOnly, name: "escalated", checked: q.escalated)),
                .button(.type(.submit), .text(s.filter)))
        }

        /// Cards rather than a wide table: students read this on a phone.
        private func list() -> Node<HTML.BodyContext> {
            let s = context.strings
            return .ul(.class("cards tickets"), .forEach(model.page.items) { t in
                .li(.class(TicketMarks.cssClass(t, now: model.now)),
                    .a(.class("ticket-link"), .href(TicketRoute.ticket(t.id).path), .text("\(t.reference) \(t.title)")),
                    .p(.class("meta"),
                       .span(.class("status"), .text(s.label(t.status))),
                       .group(TicketMarks.badges(t, now: model.now, s).map { .span(.class("badge"), .text($0)) }),
                       .text(" · " + (model.categories[t.categoryID] ?? "")),
                       .text(" · " + s.dueOn + " " + t.clock.dueOn.iso),
                       .text(" · " + LocalDateTime.display(t.submittedAt, in: model.timeZone)),
                       .if(model.showsRequester, .text(" · " + s.requester + " " + (model.requesters[t.id] ?? s.anonymousRequester)))))
            })
        }

        private func pager() -> Node<HTML.BodyContext> {
            let s = context.strings
            var previous = model.query, next = model.query
            previous.page -= 1; next.page += 1
            return .div(.class("pager"),
                .if(model.page.number > 1, .a(.href(TicketRoute.index(previous).path), .text(s.previous))),
                .if(model.page.number < model.page.pageCount, .a(.href(TicketRoute.index(next).path), .text(s.next))))
        }
    }
}
