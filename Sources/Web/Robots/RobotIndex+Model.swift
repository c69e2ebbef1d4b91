import Domain
import Persistence
import Vapor

/// An organisation's robots, the registration form, and the last delivery to each robot.
enum RobotIndex {
    struct Model {
        var organization: Organization
        var robots: [RegisteredRobot]
        var lastDelivery: [RegisteredRobot.ID: OutboxEntry]
        /// What was typed, kept after a refusal (except the secret).
        var form: RobotForm
        var error: DomainError?
        var queued: Bool

        init(_ request: Request, id: Organization.ID, form: RobotForm = RobotForm(), error: DomainError? = nil) async throws {
            let scope = try request.actor.scope, stores = request.stores
            organization = try await stores.organizations.find(id, scope: scope)
            robots = try await stores.robotWebhooks.list(organization: id, scope: scope)
            let recent = try await stores.outbox.recent(to: robots.map { .robot($0.id) }, limit: 200)
            var last: [RegisteredRobot.ID: OutboxEntry] = [:]
            for entry in recent {
                if case .robot(let robot) = entry.target, last[robot] == nil { last[robot] = entry }
            }
            lastDelivery = last
            self.form = RobotForm(name: form.name, url: form.url, secret: nil)
            self.error = error
            queued = request.query[String.self, at: "queued"] != nil
        }
    }

    static func response(_ request: Request, id: Organization.ID, form: RobotForm = RobotForm(),
                         error: DomainError? = nil) async throws -> Response {
        let model = try await Model(request, id: id, form: form, error: error)
        return try View(model: model, context: PageContext(request)).render()
            .response(status: error.map { $0.status == .conflict ? .conflict : .unprocessableEntity } ?? .ok)
    }
}
