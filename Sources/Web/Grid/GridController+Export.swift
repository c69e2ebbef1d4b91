import Domain
import Persistence
import Vapor

/// The grid as a file: the same units as the grid page (colleges, majors, classes; no dorms), in its order.
extension GridController {
    @Sendable static func export(_ request: Request, format: ListExport.Format) async throws -> Response {
        let scope = try request.actor.scope
        let model = try await GridIndex.Model(request.stores, scope: scope)
        let units = model.forest.depthFirst
        // A counsellor's classes sit under a major outside their scope; place names are no personal data
        // (cf. `PlaceNames`), so parents are named from the whole school's grid.
        let schoolWide = Scope(schools: scope.schools, grants: [.everything])
        let named = try await request.stores.grid.list(scope: schoolWide, kinds: [.college, .major])
        let names = Dictionary(named.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let s = request.strings
        let rows = units.map { unit in
            [unit.name, s.label(unit.kind), unit.parentID.flatMap { names[$0] } ?? ""]
        }
        let list = ListExport(header: [s.name, s.kind, s.parentGridUnit], rows: rows, sheetName: s.gridTitle)
        return try await list.respond(request, format: format, name: .init(ascii: "grid", localised: s.gridFileName),
                                      target: "grid")
    }
}
