import Foundation
import Vapor

extension API {
    /// `GET /api/v1/openapi.json`: the OpenAPI 3.1 description of every registered `api/v1` endpoint. Public, as
    /// it says what exists, never what is in it.
    enum OpenAPIController {
        static let endpoints = [Endpoint(.GET, "api/v1/openapi.json", nil, document)]

        @Sendable static func document(_ request: Request) async throws -> Response {
            let encoder = JSONEncoder()
            // Sorted keys give the same bytes for the same routes, for caches and diffs.
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let body = try encoder.encode(OpenAPIDocument(endpoints: request.application.endpoints))
            var headers = HTTPHeaders()
            headers.contentType = .json
            return Response(status: .ok, headers: headers, body: .init(data: body))
        }
    }
}
