import Domain
import Persistence
import Plot
import Vapor

/// The party tree (党组织): the actor's whole part of it, and one organisation's page.
enum OrganizationsController {
    static let endpoints = [
        Endpoint(.GET, "organizations", .viewOrganizations, index),
        Endpoint(.GET, "organizations/:id", .viewOrganizations, show),
    ] + ListExport.endpoints("organizations/export", .viewOrganizations, export)

    @Sendable static func index(_ request: Request) async throws -> Response {
        let tree = try await OrganizationTree(request.stores, scope: try request.actor.scope)
        return try OrganizationIndex.View(tree: tree, context: PageContext(request)).render().response()
    }

    /// An organisation outside the actor's scope is answered like a missing one: the store throws 404.
    @Sendable static func show(_ request: Request) async throws -> Response {
        let page = max(1, request.query[Int.self, at: "page"] ?? 1)
        let model = try await OrganizationShow.Model(request, id: try request.id("id"), page: page)
        return try OrganizationShow.View(model: model, context: PageContext(request)).render().response()
    }
}
