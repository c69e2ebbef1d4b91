import Domain
import Foundation
import Persistence
import Vapor

/// One ticket: its facts, its clock on the school's calendar, its history, and what the actor may do with it.
enum TicketShow {
    struct Model {
        var ticket: Ticket
        var party: TicketParty
        var category: String
        var departments: [Department]
        var categories: [TicketCategory]
        var requester: String?
        var names: [Person.ID: String]
        var events: [TicketEvent]
        var photos: [TicketPhoto]
        var staff: [(id: Person.ID, name: String)]
        var mergeTarget: Ticket?
        var settings: TicketSettings
        var workingDaysLeft: Int?
        var now: Date
        var timeZone: TimeZone

        var departmentName: String { departments.first { $0.id == ticket.departmentID }?.name ?? "" }

        /// The requester may still reopen: once, within the period after the answer.
        var mayReopen: Bool {
            guard party.isRequester, ticket.reopenCount == 0, ticket.status == .answered || ticket.status == .confirmed,
                  let answeredAt = ticket.answeredAt else { return false }
            return now < answeredAt.addingTimeInterval(TimeInterval(settings.reopenDays) * 86_400)
        }
    }

    static func response(_ request: Request, id: Ticket.ID, error: DomainError?, status: HTTPResponseStatus = .ok) async throws -> Response {
        let model = try await load(request, id: id)
        return try View(model: model, error: error, context: PageContext(request)).render().response(status: error == nil ? .ok : status)
    }

    static func load(_ request: Request, id: Ticket.ID) async throws -> Model {
        let actor = try request.actor, stores = request.stores
        let ticket = try await stores.tickets.find(id, scope: actor.scope)
        let party = stores.tickets.party(ticket, actor: actor)
        let categories = try await stores.departments.categories(of: ticket.schoolID)
        let events = try await stores.tickets.events(of: id, scope: actor.scope)
        let staffIDs = Set(events.compactMap(\.actorPersonID) + [ticket.assigneeID, ticket.answeredBy].compactMap { $0 })
            .subtracting([ticket.requesterID])
        guard let school = try await stores.schools.find(ticket.schoolID) else { throw DomainError.notFound }
        let today = LocalDate(request.now, in: school.timeZone)
        var left: Int?
        if ticket.status.isRunning {
            let calendar = try await stores.calendar.calendar(of: school.id, around: today.year)
            left = ticket.clock.dueOn < today ? nil : calendar.workingDays(after: today, through: ticket.clock.dueOn) + (calendar.isWorkingDay(today) ? 1 : 0)
        }
        return Model(ticket: ticket, party: party, category: categories.first { $0.id == ticket.categoryID }?.name ?? "",
                     departments: try await stores.departments.departments(of: ticket.schoolID), categories: categories,
                     requester: try await stores.tickets.requesterNames(of: [ticket], actor: actor)[ticket.id],
                     names: try await stores.tickets.personNames(staffIDs), events: events,
                     photos: try await stores.tickets.photos(of: id, scope: actor.scope),
                     staff: party.mayAssignOthers ? try await stores.departments.staffNames(of: ticket.departmentID) : [],
                     mergeTarget: try await stores.tickets.mergeTarget(of: ticket),
                     settings: try await stores.calendar.settings(of: school.id), workingDaysLeft: left,
                     now: request.now, timeZone: school.timeZone)
    }
}
