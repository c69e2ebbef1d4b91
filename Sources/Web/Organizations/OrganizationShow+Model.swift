import Domain
import Persistence
import Vapor

enum OrganizationShow {
    /// A parent organisation: a link when the actor may open it, its name alone when it lies above their scope.
    struct Parent {
        var id: Organization.ID
        var name: String
        var isInScope: Bool
    }

    struct Model {
        var organization: Organization
        var parent: Parent?
        var children: [Organization]
        /// People per subtree, for this organisation and its children.
        var totals: [Organization.ID: Int]
        /// People of this organisation and below, one page; nil for actors who may see organisations but
        /// not people (the security administrator sees counts only).
        var members: ListPage<Person>?
        /// The branch committee (支委), secretary first; empty unless this is a branch.
        var committee: [Person]
        var organizationNames: [Organization.ID: String]
        var mayCreate: Bool
        var mayExport: Bool

        static let pageSize = 50

        init(_ request: Request, id: Organization.ID, page: Int) async throws {
            let actor = try request.actor, stores = request.stores
            organization = try await stores.organizations.find(id, scope: actor.scope)
            let tree = try await OrganizationTree(stores, scope: actor.scope)
            children = tree.forest.subtree { $0.id == id }?.children.map(\.item) ?? []
            totals = tree.totals
            organizationNames = tree.byID.mapValues(\.name)
            parent = try await OrganizationShow.parent(of: organization, tree: tree, stores: stores)
            let showsPeople = actor.may(.viewPeople)
            members = showsPeople ? try await stores.people.list(.init(organizationID: id),
                page: ListRequest(number: page, size: Model.pageSize), scope: actor.scope) : nil
            committee = showsPeople && organization.kind == .branch
                ? try await OrganizationShow.committee(of: id, stores: stores, scope: actor.scope) : []
            mayCreate = actor.may(.createPeople) && (organization.kind == .branch || organization.kind == .group)
            mayExport = actor.may(.exportLists)
        }
    }

    static func parent(of organization: Organization, tree: OrganizationTree, stores: Stores) async throws -> Parent? {
        guard let id = organization.parentID else { return nil }
        if let visible = tree.byID[id] { return Parent(id: id, name: visible.name, isInScope: true) }
        // A name is no personal data: the branch secretary may know which committee their branch is under.
        return try await stores.organizations.names(of: [id])[id].map { Parent(id: id, name: $0, isInScope: false) }
    }

    /// The people of the branch and its party groups who hold a seat (a group's members belong to the branch).
    /// A branch holds tens of people, so reading all of them is cheap.
    static func committee(of id: Organization.ID, stores: Stores, scope: Scope) async throws -> [Person] {
        let people = try await stores.people.all(.init(organizationID: id), scope: scope, limit: 5_000)
        return people.filter { $0.committeeRole != nil }
            .sorted { rank($0.committeeRole) < rank($1.committeeRole) }
    }

    private static func rank(_ role: CommitteeRole?) -> Int {
        role.flatMap { CommitteeRole.allCases.firstIndex(of: $0) } ?? CommitteeRole.allCases.count
    }
}
