import Domain
import Persistence
import Vapor

extension API {
    /// An organisation's group robots under `/api/v1/organizations/:id/robots`, scoped like the page.
    enum RobotsController {
        static let endpoints = [
            Endpoint(.GET, "api/v1/organizations/:id/robots", .manageRobots, index),
            Endpoint(.POST, "api/v1/organizations/:id/robots", .manageRobots, create),
            Endpoint(.DELETE, "api/v1/organizations/:id/robots/:robotID", .manageRobots, delete),
            Endpoint(.POST, "api/v1/organizations/:id/robots/:robotID/test", .manageRobots, test),
        ]

        @Sendable static func index(_ request: Request) async throws -> Response {
            let list = try await request.stores.robotWebhooks.list(organization: try request.id("id"), scope: try request.actor.scope)
            return try await list.map(RobotDTO.init).encodeResponse(for: request)
        }

        /// Body `{name, url, secret?}`; a refused address answers 422 with `field: "url"`.
        @Sendable static func create(_ request: Request) async throws -> Response {
            let id: Organization.ID = try request.id("id")
            _ = try await request.stores.organizations.find(id, scope: try request.actor.scope)
            let body = try request.content.decode(RobotForm.self)
            let robot = try await request.stores.robotWebhooks.register(try body.registration(), for: id, context: try request.auditContext)
            return try await RobotDTO(robot).json(request, status: .created)
        }

        @Sendable static func delete(_ request: Request) async throws -> Response {
            try await request.stores.robotWebhooks.remove(try request.id("robotID"), of: try request.id("id"),
                                                          context: try request.auditContext)
            return Response(status: .noContent)
        }

        /// Queues a test message; 202: it is sent by the outbox, not within this request.
        @Sendable static func test(_ request: Request) async throws -> Response {
            try await Web.RobotsController.sendTest(request, organization: try request.id("id"), robot: try request.id("robotID"))
            return Response(status: .accepted)
        }
    }
}
