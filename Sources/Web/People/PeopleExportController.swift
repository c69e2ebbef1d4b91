import Vapor

/// Not written yet.
enum PeopleExportController {
    static let endpoints: [Endpoint] = []
}
