import Domain
import Persistence
import Vapor

enum PersonShow {
    struct Model {
        var person: Person
        var organizationName: String?
        var className: String?
        var dormName: String?
        var transfers: [Transfer]
        var organizationNames: [Organization.ID: String]
        /// Full numbers the actor asked to see, this response only.
        var unmasked: [PersonalField: String]
        var destinations: [Organization]
        var mayEdit: Bool
        var mayUnmask: Bool
        var mayTransfer: Bool
    }

    static func response(_ request: Request, id: Person.ID, unmasked: [PersonalField: String],
                         error: String? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let actor = try request.actor, stores = request.stores
        let person = try await stores.people.find(id, scope: actor.scope)
        let transfers = try await stores.people.transfers(of: id, scope: actor.scope)
        let organizationIDs = Set(transfers.flatMap { [$0.fromOrganizationID, $0.toOrganizationID].compactMap { $0 } }
            + [person.organizationID].compactMap { $0 })
        let names = try await stores.organizations.names(of: organizationIDs)
        let units = try await stores.grid.names(of: Set([person.classID, person.dormID].compactMap { $0 }))
        let mayTransfer = actor.may(.transferMembers) && person.politicalStatus != .masses
        let destinations = mayTransfer ? try await stores.organizations.list(scope: actor.scope)
            .filter { ($0.kind == .branch || $0.kind == .group) && $0.id != person.organizationID } : []
        let model = Model(person: person, organizationName: person.organizationID.flatMap { names[$0] },
                          className: person.classID.flatMap { units[$0] }, dormName: person.dormID.flatMap { units[$0] },
                          transfers: transfers, organizationNames: names, unmasked: unmasked, destinations: destinations,
                          mayEdit: actor.may(.editPeople), mayUnmask: actor.may(.unmaskPersonalData), mayTransfer: mayTransfer)
        return try View(model: model, error: error, context: PageContext(request)).render().response(status: status)
    }
}
