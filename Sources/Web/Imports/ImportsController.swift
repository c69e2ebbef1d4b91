import Vapor

/// Not written yet.
enum ImportsController {
    static let endpoints: [Endpoint] = []
}
