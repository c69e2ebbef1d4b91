import Domain
import Foundation
import Persistence
import Vapor

/// One ledger line: its facts, its decision, departure and return, and the actions the actor may take on it.
enum LeaveShow {
    struct Model {
        var leave: LeaveApplication
        var party: LeaveParty
        var travellerName: String
        var travellerNumber: String
        var className: String?
        /// The actions the rule would accept from this actor today, by code.
        var actions: [String]
        var today: LocalDate
        var timeZone: TimeZone
    }

    static func response(_ request: Request, id: LeaveApplication.ID, error: DomainError?,
                         status: HTTPResponseStatus = .ok) async throws -> Response {
        let model = try await load(request, id: id)
        return try View(model: model, error: error, context: PageContext(request)).render().response(status: error == nil ? .ok : status)
    }

    static func load(_ request: Request, id: LeaveApplication.ID) async throws -> Model {
        let actor = try request.actor, leaves = request.stores.leaves
        let leave = try await leaves.find(id, scope: actor.scope)
        let party = try await leaves.party(leave, actor: actor)
        let zone = try await request.schoolTimeZone()
        let today = LocalDate(request.now, in: zone)
        let who = try await leaves.travellers(of: [leave])[leave.personID]
        let className = try await request.stores.grid.names(of: Set([leave.classID].compactMap { $0 })).values.first
        return Model(leave: leave, party: party, travellerName: who?.name ?? "", travellerNumber: who?.number ?? "",
                     className: className, actions: LeaveTransition.possibleActions(leave, by: party, today: today),
                     today: today, timeZone: zone)
    }
}
