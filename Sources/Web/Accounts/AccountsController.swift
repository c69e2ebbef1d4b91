import Vapor

/// Not written yet.
enum AccountsController {
    static let endpoints: [Endpoint] = []
}
