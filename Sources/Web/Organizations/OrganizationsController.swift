import Domain
import Persistence
import Plot
import Vapor

/// The party tree (党组织): the actor's whole part of it, and one organisation's page.
enum OrganizationsController {
    static let endpoints = [
        Endpoint(.GET, "organizations", .viewOrganizations, index),
        Endpoint(.GET, "organizations/:id", .viewOrganizations, show),
        Endpoint(.POST, "organizations/:id/lifespan", .editOrganizations, lifespan),
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

    struct Lifespan: Content { var foundedOn: String?; var dissolvedOn: String? }

    /// Sets when an organisation was founded and dissolved; the 工作欠账 board owes nothing outside that span.
    @Sendable static func lifespan(_ request: Request) async throws -> Response {
        let id: Organization.ID = try request.id("id")
        let form = try request.content.decode(Lifespan.self)
        let founded = try date(form.foundedOn, field: "foundedOn"), dissolved = try date(form.dissolvedOn, field: "dissolvedOn")
        try await request.stores.organizations.setLifespan(id, foundedOn: founded, dissolvedOn: dissolved, context: try request.auditContext)
        return request.redirect(to: SiteRoute.organization(id).path, redirectType: .normal)
    }

    private static func date(_ text: String?, field: String) throws -> LocalDate? {
        guard let text, !text.isEmpty else { return nil }
        guard let date = LocalDate(iso: text) else {
            throw DomainError.invalid(field: field, message: Message(zh: "日期格式应为 年-月-日", en: "Dates are YYYY-MM-DD"))
        }
        return date
    }
}
