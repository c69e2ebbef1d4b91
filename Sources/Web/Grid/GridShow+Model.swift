import Domain
import Persistence
import Vapor

enum GridShow {
    /// A parent unit: a link when the actor may open it, its name alone when it lies above their scope
    /// (a counsellor's class sits under a major they cannot open).
    struct Parent {
        var id: GridUnit.ID
        var name: String
        var isInScope: Bool
    }

    struct Model {
        var unit: GridUnit
        var parent: Parent?
        var children: [GridUnit]
        /// The students of a class or dorm, one page; nil for larger units, whose students the people list shows.
        var students: ListPage<Person>?
        var classNames: [GridUnit.ID: String]
        var mayViewPeople: Bool
        var mayExport: Bool

        static let pageSize = 50

        init(_ request: Request, id: GridUnit.ID, page: Int) async throws {
            let actor = try request.actor, stores = request.stores
            unit = try await stores.grid.find(id, scope: actor.scope)
            parent = try await GridShow.parent(of: unit, stores: stores, scope: actor.scope)
            children = try await stores.grid.children(of: id, scope: actor.scope).sorted(by: GridUnit.precedes)
            mayViewPeople = actor.may(.viewPeople)
            mayExport = actor.may(.exportLists)
            let listsStudents = mayViewPeople && (unit.kind == .schoolClass || unit.kind == .dorm)
            students = listsStudents ? try await stores.people.list(.init(gridUnitID: id),
                page: ListRequest(number: page, size: Model.pageSize), scope: actor.scope) : nil
            classNames = unit.kind == .dorm
                ? try await stores.grid.names(of: Set(students?.items.compactMap(\.classID) ?? [])) : [:]
        }
    }

    static func parent(of unit: GridUnit, stores: Stores, scope: Scope) async throws -> Parent? {
        guard let id = unit.parentID else { return nil }
        do {
            let parent = try await stores.grid.find(id, scope: scope)
            return Parent(id: id, name: parent.name, isInScope: true)
        } catch DomainError.notFound {
            // Unit names are no personal data (GridStore.names), so a counsellor may read their major's.
            return try await stores.grid.names(of: [id])[id].map { Parent(id: id, name: $0, isInScope: false) }
        }
    }
}
