import Domain
import Persistence
import Plot
import Vapor

/// The demand tracker's pages: the scoped list, raising a ticket from a phone, one ticket with the actions the
/// actor may take on it, its photos, and the public board of resolved questions.
enum TicketsController {
    static let endpoints = [
        Endpoint(.GET, "tickets", .viewTickets, index),
        Endpoint(.GET, "tickets/new", .raiseTickets, new),
        Endpoint(.POST, "tickets", .raiseTickets, create),
        Endpoint(.GET, "tickets/board", .viewTickets, TicketBoardPage.response),
        Endpoint(.GET, "tickets/:id", .viewTickets, show),
        Endpoint(.POST, "tickets/:id/events", .viewTickets, act),
        Endpoint(.GET, "tickets/:id/photos/:photo", .viewTickets, photo),
    ]

    @Sendable static func index(_ request: Request) async throws -> Response {
        let actor = try request.actor
        var query = try TicketQuery(request)
        // Someone who only raises tickets sees their own list; staff see their department's.
        if !actor.may(.handleTickets) && !actor.scope.reachesAllTickets { query.mine = true }
        let page = try await request.stores.tickets.list(query.filter, page: ListRequest(number: query.page, size: 30),
                                                         actor: actor, now: request.now)
        let model = try await TicketIndex.Model.load(request, query: query, page: page)
        return try TicketIndex.View(model: model, context: PageContext(request)).render().response()
    }

    @Sendable static func new(_ request: Request) async throws -> Response {
        try await TicketNew.response(request, form: TicketForm(), error: nil)
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(TicketForm.self)
        do {
            let (ticket, _) = try await request.stores.tickets.submit(try form.draft(), photos: form.uploads, key: form.submission,
                                                                      context: try request.auditContext)
            return request.redirect(to: TicketRoute.ticket(ticket.id).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity {
            return try await TicketNew.response(request, form: form, error: error)
        }
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        try await TicketShow.response(request, id: try request.id("id"), error: nil)
    }

    @Sendable static func act(_ request: Request) async throws -> Response {
        let id: Ticket.ID = try request.id("id")
        let actor = try request.actor
        let input = TicketActionInput(form: try request.content.decode([String: String].self))
        do {
            let action = try await input.action(actor: actor, tickets: request.stores.tickets)
            try await request.stores.tickets.act(id, action, context: try request.auditContext)
            // A transfer can take the ticket out of the actor's reach: back to their list then.
            let stillVisible = (try? await request.stores.tickets.find(id, scope: actor.scope)) != nil
            return request.redirect(to: stillVisible ? TicketRoute.ticket(id).path : TicketRoute.index(TicketQuery()).path,
                                    redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity || error.status == .conflict {
            return try await TicketShow.response(request, id: id, error: error, status: error.status)
        }
    }

    @Sendable static func photo(_ request: Request) async throws -> Response {
        let id: Ticket.ID = try request.id("id")
        guard let photoID = request.parameters.get("photo").flatMap(UUID.init(uuidString:)) else { throw DomainError.notFound }
        let (info, data) = try await request.stores.tickets.photo(photoID, of: id, scope: try request.actor.scope)
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType.fileExtension(AttachmentRules.FileType(rawValue: info.contentType)?.fileExtension ?? "bin")
        headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}
