/// The OpenAPI 3.1 description of `/api/v1`, as typed values encoded once per request.
struct OpenAPIDocument: Encodable, Sendable {
    var openapi = "3.1.0"
    var info: Info
    /// Path template → lower-case method → operation.
    var paths: [String: [String: Operation]]
    var components: Components

    struct Info: Encodable, Sendable {
        var title: String
        var version: String
        var description: String
    }

    struct Operation: Encodable, Sendable {
        var operationId: String
        var summary: String
        var tags: [String]
        var parameters: [Parameter]?
        var requestBody: RequestBody?
        var responses: [String: Response]
        /// Absent on public operations.
        var security: [[String: [String]]]?
    }

    struct Parameter: Encodable, Sendable {
        var name: String
        var location: String
        var required: Bool
        var description: String?
        var schema: JSONValue

        enum CodingKeys: String, CodingKey { case name, location = "in", required, description, schema }

        static func path(_ name: String) -> Parameter {
            Parameter(name: name, location: "path", required: true, description: nil, schema: JSONSchema.uuid)
        }

        static func query(_ name: String, _ schema: JSONValue, _ description: String) -> Parameter {
            Parameter(name: name, location: "query", required: false, description: description, schema: schema)
        }
    }

    struct RequestBody: Encodable, Sendable {
        var required = true
        var content: [String: MediaType]
    }

    struct MediaType: Encodable, Sendable {
        var schema: JSONValue
    }

    /// A response described in place, or a reference to one of `components.responses`.
    struct Response: Encodable, Sendable {
        var ref: String?
        var description: String?
        var content: [String: MediaType]?

        enum CodingKeys: String, CodingKey { case ref = "$ref", description, content }

        static func json(_ description: String, _ schema: JSONValue?) -> Response {
            Response(description: description, content: schema.map { ["application/json": MediaType(schema: $0)] })
        }

        static func component(_ name: String) -> Response { Response(ref: "#/components/responses/\(name)") }
    }

    struct Components: Encodable, Sendable {
        var schemas: [String: JSONValue]
        var responses: [String: Response]
        var securitySchemes: [String: SecurityScheme]
    }

    struct SecurityScheme: Encodable, Sendable {
        var type: String
        var scheme: String?
        var bearerFormat: String?
        var name: String?
        var location: String?
        var description: String

        enum CodingKeys: String, CodingKey { case type, scheme, bearerFormat, name, location = "in", description }
    }
}
