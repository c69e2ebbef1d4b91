import Vapor

/// Not written yet.
enum AuditController {
    static let endpoints: [Endpoint] = []
}
