import Domain
import Persistence
import Vapor

/// The party tree as a file: the same organisations as the tree page, in its order, one row each.
extension OrganizationsController {
    @Sendable static func export(_ request: Request, format: ListExport.Format) async throws -> Response {
        let tree = try await OrganizationTree(request.stores, scope: try request.actor.scope)
        let items = tree.forest.depthFirst
        // The roots' parents lie outside the scope; their names are no personal data, so the file names them too.
        let outside = Set(items.compactMap(\.parentID).filter { tree.byID[$0] == nil })
        let outsideNames = try await request.stores.organizations.names(of: outside)
        let s = request.strings
        let rows = items.map { organization in
            [organization.name, s.label(organization.kind), organization.category.map { s.label($0) } ?? "",
             organization.parentID.flatMap { tree.byID[$0]?.name ?? outsideNames[$0] } ?? "",
             String(tree.totals[organization.id] ?? 0)]
        }
        let header = [s.name, s.kind, s.category, s.parentOrganization, s.memberColumn]
        let list = ListExport(header: header, rows: rows, sheetName: s.organizationsTitle)
        return try await list.respond(request, format: format,
                                      name: .init(ascii: "organizations", localised: s.organizationsFileName),
                                      target: "organizations")
    }
}
