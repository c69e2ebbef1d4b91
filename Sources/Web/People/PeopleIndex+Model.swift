import Domain
import Persistence
import Vapor

enum PeopleIndex {
    struct Model {
        var query: PeopleQuery
        var page: ListPage<Person>
        var organizationNames: [Organization.ID: String]
        var classNames: [GridUnit.ID: String]
        /// Organisations the actor may filter by (empty for roles that see no tree).
        var organizations: [Organization]
        var mayCreate: Bool
        var mayExport: Bool
        var mayLookup: Bool
        /// Set when the list shows the result of a lookup by personal number.
        var lookupResults: Int?

        init(_ request: Request, query: PeopleQuery, page: ListPage<Person>, lookupResults: Int?) async throws {
            let actor = try request.actor
            self.query = query; self.page = page; self.lookupResults = lookupResults
            organizationNames = try await request.stores.organizations.names(of: Set(page.items.compactMap(\.organizationID)))
            classNames = try await request.stores.grid.names(of: Set(page.items.compactMap(\.classID)))
            organizations = actor.may(.viewOrganizations) || actor.may(.createPeople)
                ? try await request.stores.organizations.list(scope: actor.scope) : []
            mayCreate = actor.may(.createPeople)
            mayExport = actor.may(.exportLists)
            mayLookup = actor.may(.unmaskPersonalData)
        }
    }
}
