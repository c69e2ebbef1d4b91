import Fluent
import SQLKit
import Vapor

/// `GET /healthz`: 200 when the database answers, 503 when it does not.
enum HealthController {
    static let endpoints = [Endpoint(.GET, "healthz", nil, check)]

    @Sendable static func check(_ request: Request) async throws -> Response {
        do {
            _ = try await (request.db as! any SQLDatabase).raw("SELECT 1").run()
            return Response(status: .ok, body: .init(string: "{\"status\":\"ok\"}"))
        } catch {
            request.logger.error("health check failed: \(String(reflecting: error))")
            return Response(status: .serviceUnavailable, body: .init(string: "{\"status\":\"database unreachable\"}"))
        }
    }
}
