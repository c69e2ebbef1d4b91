import Domain
import Persistence
import Vapor

/// The accounts of the actor's school, one page at a time, as the system admin or the security admin sees them.
enum AccountIndex {
    /// Which administrator the list is for: each links only to pages their own role may open.
    enum Audience: Sendable { case accounts, roles }

    struct Model {
        var audience: Audience
        var page: ListPage<Account>
        var places: AccountPlaces
    }

    static func response(_ request: Request, audience: Audience) async throws -> Response {
        let actor = try request.actor
        let number = max(1, request.query[Int.self, at: "page"] ?? 1)
        let page = try await request.stores.accounts.list(school: actor.schoolID, page: ListRequest(number: number, size: 50))
        let places = try await AccountPlaces.load(page.items.flatMap(\.roles), request.stores)
        let model = Model(audience: audience, page: page, places: places)
        return try View(model: model, context: PageContext(request)).render().response()
    }
}
