import Vapor

extension API {
    /// Not written yet.
    enum OrganizationsController {
        static let endpoints: [Endpoint] = []
    }
}
