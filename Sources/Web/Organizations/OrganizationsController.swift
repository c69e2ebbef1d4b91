import Vapor

/// Not written yet.
enum OrganizationsController {
    static let endpoints: [Endpoint] = []
}
