import Vapor

/// Not written yet.
enum GridController {
    static let endpoints: [Endpoint] = []
}
