import Vapor

extension API {
    /// Not written yet.
    enum AuditController {
        static let endpoints: [Endpoint] = []
    }
}
