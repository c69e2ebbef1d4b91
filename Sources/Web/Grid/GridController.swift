import Domain
import Persistence
import Plot
import Vapor

/// The campus grid (网格): colleges → majors by grade → classes in the actor's scope, and one unit's page.
enum GridController {
    static let endpoints = [
        Endpoint(.GET, "grid", .viewGrid, index),
        Endpoint(.GET, "grid/:id", .viewGrid, show),
    ] + ListExport.endpoints("grid/export", .viewGrid, export)

    @Sendable static func index(_ request: Request) async throws -> Response {
        let model = try await GridIndex.Model(request.stores, scope: try request.actor.scope)
        return try GridIndex.View(model: model, context: PageContext(request)).render().response()
    }

    /// A unit outside the actor's scope is answered like a missing one: the store throws 404.
    @Sendable static func show(_ request: Request) async throws -> Response {
        let page = max(1, request.query[Int.self, at: "page"] ?? 1)
        let model = try await GridShow.Model(request, id: try request.id("id"), page: page)
        return try GridShow.View(model: model, context: PageContext(request)).render().response()
    }
}

extension GridUnit {
    /// Siblings by kind (college, major, class, dorm), then by name with numbers by value.
    static func precedes(_ a: GridUnit, _ b: GridUnit) -> Bool {
        if a.kind != b.kind { return rank(a.kind) < rank(b.kind) }
        return SiblingOrder.precedes(a.name, b.name)
    }

    private static func rank(_ kind: Kind) -> Int { Kind.allCases.firstIndex(of: kind) ?? 0 }
}
