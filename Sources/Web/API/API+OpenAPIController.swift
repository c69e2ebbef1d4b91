import Vapor

extension API {
    /// Not written yet.
    enum OpenAPIController {
        static let endpoints: [Endpoint] = []
    }
}
