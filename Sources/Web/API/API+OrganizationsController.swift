import Domain
import Persistence
import Vapor

extension API {
    /// The party tree under `/api/v1/organizations` and the campus grid under `/api/v1/grid-units`,
    /// scoped exactly like the pages.
    enum OrganizationsController {
        static let endpoints = [
            Endpoint(.GET, "api/v1/organizations", .viewOrganizations, index),
            Endpoint(.GET, "api/v1/organizations/:id", .viewOrganizations, show),
            Endpoint(.GET, "api/v1/grid-units", .viewGrid, gridIndex),
            Endpoint(.GET, "api/v1/grid-units/:id", .viewGrid, gridShow),
        ]

        /// Parents before children (by path); `?kind=` narrows to one kind.
        @Sendable static func index(_ request: Request) async throws -> Response {
            let kind = try kindFilter(request, as: Organization.Kind.self)
            let list = try await request.stores.organizations.list(scope: try request.actor.scope)
            return try await list.filter { kind == nil || $0.kind == kind }.map(OrganizationDTO.init).encodeResponse(for: request)
        }

        @Sendable static func show(_ request: Request) async throws -> Response {
            let id: Organization.ID = try request.id("id"), scope = try request.actor.scope
            let organization = try await request.stores.organizations.find(id, scope: scope)
            let tree = try await OrganizationTree(request.stores, scope: scope)
            return try await OrganizationDetailDTO(OrganizationDTO(organization), memberCount: tree.totals[id] ?? 0).json(request)
        }

        /// Every kind, dorms included, unless `?kind=` narrows it.
        @Sendable static func gridIndex(_ request: Request) async throws -> Response {
            let kind = try kindFilter(request, as: GridUnit.Kind.self)
            let list = try await request.stores.grid.list(scope: try request.actor.scope, kinds: kind.map { [$0] })
            return try await list.map(GridUnitDTO.init).encodeResponse(for: request)
        }

        @Sendable static func gridShow(_ request: Request) async throws -> Response {
            try await GridUnitDTO(request.stores.grid.find(try request.id("id"), scope: try request.actor.scope)).json(request)
        }

        /// An unknown kind is a 400, not a silent "all".
        private static func kindFilter<Kind: RawRepresentable>(_ request: Request, as: Kind.Type) throws -> Kind?
        where Kind.RawValue == String {
            guard let text = request.query[String.self, at: "kind"], !text.isEmpty else { return nil }
            guard let kind = Kind(rawValue: text) else { throw Abort(.badRequest, reason: "unknown kind") }
            return kind
        }
    }
}
