import Domain
import Persistence
import Robots
import Vapor

/// A branch's group robots: register, remove, send a test message. An organisation outside the actor's
/// scope answers 404 on every route, before any form is read.
enum RobotsController {
    static let endpoints = [
        Endpoint(.GET, "organizations/:id/robots", .manageRobots, index),
        Endpoint(.POST, "organizations/:id/robots", .manageRobots, create),
        Endpoint(.POST, "organizations/:id/robots/:robotID/delete", .manageRobots, delete),
        Endpoint(.POST, "organizations/:id/robots/:robotID/test", .manageRobots, test),
    ]

    @Sendable static func index(_ request: Request) async throws -> Response {
        try await RobotIndex.response(request, id: try request.id("id"))
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let id: Organization.ID = try request.id("id")
        _ = try await request.stores.organizations.find(id, scope: try request.actor.scope)
        let form = try request.content.decode(RobotForm.self)
        do {
            _ = try await request.stores.robotWebhooks.register(try form.registration(), for: id, context: try request.auditContext)
            return request.redirect(to: RobotRoute.index(id).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity || error.status == .conflict {
            return try await RobotIndex.response(request, id: id, form: form, error: error)
        }
    }

    @Sendable static func delete(_ request: Request) async throws -> Response {
        let id: Organization.ID = try request.id("id")
        try await request.stores.robotWebhooks.remove(try request.id("robotID"), of: id, context: try request.auditContext)
        return request.redirect(to: RobotRoute.index(id).path, redirectType: .normal)
    }

    /// Queues a test message: the answer never waits for the robot, which may be slow or down.
    @Sendable static func test(_ request: Request) async throws -> Response {
        let id: Organization.ID = try request.id("id")
        try await sendTest(request, organization: id, robot: try request.id("robotID"))
        return request.redirect(to: RobotRoute.index(id).path + "?queued=1", redirectType: .normal)
    }

    static func sendTest(_ request: Request, organization id: Organization.ID, robot robotID: RegisteredRobot.ID) async throws {
        let scope = try request.actor.scope, stores = request.stores
        let organization = try await stores.organizations.find(id, scope: scope)
        let robot = try await stores.robotWebhooks.find(robotID, of: id, scope: scope)
        try await stores.robotWebhooks.enqueue(RobotPayload(text: request.strings.testMessage(organization.name)), to: robot,
                                               now: request.now)
    }
}
