import Domain
import Foundation
import Persistence
import Vapor

extension API {
    /// Tickets and briefings under `/api/v1`, scoped exactly like the pages: a requester sees their own, a responder
    /// their department's, a leader their department's and its escalations, the school supervisor all.
    enum TicketsController {
        static let endpoints = [
            Endpoint(.GET, "api/v1/tickets", .viewTickets, index),
            Endpoint(.POST, "api/v1/tickets", .raiseTickets, create),
            Endpoint(.GET, "api/v1/tickets/:id", .viewTickets, show),
            Endpoint(.POST, "api/v1/tickets/:id/events", .viewTickets, act),
            Endpoint(.GET, "api/v1/briefings", .viewBriefings, briefings),
            Endpoint(.POST, "api/v1/briefings", .manageBriefings, createBriefing),
            Endpoint(.GET, "api/v1/briefings/:id", .viewBriefings, briefing),
        ]

        @Sendable static func index(_ request: Request) async throws -> Response {
            let actor = try request.actor
            let query = try TicketQuery(request)
            let size = min(500, max(1, request.query[Int.self, at: "pageSize"] ?? 50))
            let page = try await request.stores.tickets.list(query.filter, page: ListRequest(number: query.page, size: size),
                                                             actor: actor, now: request.now)
            let names = try await request.stores.tickets.requesterNames(of: page.items, actor: actor)
            return try await PageDTO(page) { TicketDTO($0, actor: actor, requesterName: names[$0.id], now: request.now) }.json(request)
        }

        @Sendable static func create(_ request: Request) async throws -> Response {
            let body = try request.content.decode(TicketRequest.self)
            let key = request.headers.first(name: "Idempotency-Key")
            let (ticket, created) = try await request.stores.tickets.submit(body.draft, photos: try body.uploads(), key: key,
                                                                            context: try request.auditContext)
            let response = try await detail(request, ticket.id).json(request, status: .created)
            if !created { response.headers.replaceOrAdd(name: "Idempotent-Replayed", value: "true") }
            return response
        }

        @Sendable static func show(_ request: Request) async throws -> Response {
            try await detail(request, try request.id("id")).json(request)
        }

        @Sendable static func act(_ request: Request) async throws -> Response {
            let id: Ticket.ID = try request.id("id")
            let actor = try request.actor
            let input = try request.content.decode(TicketActionInput.self)
            let ticket = try await request.stores.tickets.act(id, try await input.action(actor: actor, tickets: request.stores.tickets),
                                                              context: try request.auditContext)
            do { return try await detail(request, id).json(request) } catch DomainError.notFound {
                // Transferred out of the caller's department: they see the ticket as they left it, and no more.
                return try await TicketDetailDTO(ticket: TicketDTO(ticket, actor: actor, requesterName: nil, now: request.now),
                                                 events: [], photos: [], actions: []).json(request)
            }
        }

        static func detail(_ request: Request, _ id: Ticket.ID) async throws -> TicketDetailDTO {
            let actor = try request.actor, tickets = request.stores.tickets
            let ticket = try await tickets.find(id, scope: actor.scope)
            let name = try await tickets.requesterNames(of: [ticket], actor: actor)[ticket.id]
            let events = try await tickets.events(of: id, scope: actor.scope).map { e in
                TicketDetailDTO.Event(kind: e.kind, at: e.at,
                                      by: e.actorPersonID == ticket.requesterID ? "requester" : (e.actorName.isEmpty ? "system" : e.actorName),
                                      note: e.note, departmentId: e.departmentID?.rawValue)
            }
            let photos = try await tickets.photos(of: id, scope: actor.scope).map {
                TicketDetailDTO.Photo(id: $0.id, contentType: $0.contentType, fileName: $0.fileName, size: $0.size,
                                      url: TicketRoute.photo(id, $0.id).path)
            }
            return TicketDetailDTO(ticket: TicketDTO(ticket, actor: actor, requesterName: name, now: request.now), events: events,
                                   photos: photos, actions: possibleActions(ticket, party: tickets.party(ticket, actor: actor)))
        }

        /// The actions whose preconditions hold now; the rule still decides when one is tried.
        static func possibleActions(_ t: Ticket, party: TicketParty) -> [String] {
            typealias K = TicketActionInput.Kind
            var kinds: [K] = []
            if party.isHandler, t.status.isRunning { kinds += [.accept, .answer, .transfer, .requestInfo, .merge] }
            if party.isHandler, t.status == .infoRequested { kinds += [.merge] }
            if party.isRequester {
                if t.status == .infoRequested { kinds.append(.provideInfo) }
                if t.status == .answered { kinds.append(.confirm) }
                if (t.status == .answered || t.status == .confirmed) && t.rating == nil { kinds.append(.rate) }
                if (t.status == .answered || t.status == .confirmed) && t.reopenCount == 0 && !t.answeredOnSpot { kinds.append(.reopen) }
            }
            return kinds.map(\.rawValue)
        }

        @Sendable static func briefings(_ request: Request) async throws -> Response {
            guard let school = try request.actor.schoolID else { throw DomainError.notFound }
            return try await request.stores.briefings.list(school: school).map { BriefingDTO($0) }.json(request)
        }

        @Sendable static func createBriefing(_ request: Request) async throws -> Response {
            guard let school = try request.actor.schoolID else { throw DomainError.notFound }
            let draft = try request.content.decode(BriefingRequest.self).draft()
            let briefing = try await request.stores.briefings.create(draft, school: school, context: try request.auditContext)
            return try await BriefingDTO(briefing, questions: []).json(request, status: .created)
        }

        @Sendable static func briefing(_ request: Request) async throws -> Response {
            let actor = try request.actor
            guard let school = actor.schoolID else { throw DomainError.notFound }
            let briefing = try await request.stores.briefings.find(try request.id("id"), school: school)
            let questions = try await request.stores.briefings.questions(of: briefing.id)
                .map { TicketDTO($0, actor: actor, requesterName: nil, now: request.now) }
            return try await BriefingDTO(briefing, questions: questions).json(request)
        }
    }
}

