import Domain
import Vapor

/// Builds the document from the app's list of endpoints, so that registering a route documents it.
extension OpenAPIDocument {
    static let prefix = "api/v1/"

    /// Every endpoint under `api/v1/`, each described by its spec or, lacking one, generically.
    init(endpoints: [Endpoint]) {
        var paths: [String: [String: Operation]] = [:]
        for endpoint in endpoints where endpoint.path.hasPrefix(Self.prefix) {
            paths[Self.template(endpoint.path), default: [:]][endpoint.method.rawValue.lowercased()] = Self.operation(endpoint)
        }
        let errorResponses = Self.errors.map { (Self.errorName($0.key), Response.json($0.value, JSONSchema.ref("Error"))) }
        self.init(info: Self.info, paths: paths, components: Components(
            schemas: Self.schemas, responses: Dictionary(uniqueKeysWithValues: errorResponses),
            securitySchemes: Self.securitySchemes))
    }

    /// `api/v1/people/:id` → `/api/v1/people/{id}`.
    static func template(_ path: String) -> String {
        "/" + path.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }.joined(separator: "/")
    }

    static func operation(_ endpoint: Endpoint) -> Operation {
        let method = endpoint.method.rawValue
        let spec = operationSpecs["\(method) \(endpoint.path)"] ?? OperationSpec(summary: "\(method) /\(endpoint.path)")
        let names = endpoint.path.split(separator: "/").filter { $0.hasPrefix(":") }.map { String($0.dropFirst()) }
        let parameters = names.map(Parameter.path) + spec.query
        var responses = [String(spec.status): Response.json(HTTPStatus(statusCode: spec.status).reasonPhrase, spec.response)]
        for code in errorCodes(endpoint, hasPathParameters: !names.isEmpty, spec) {
            responses[String(code)] = .component(errorName(code))
        }
        return Operation(
            operationId: method.lowercased() + "_" + endpoint.path.dropFirst(prefix.count)
                .map { $0.isLetter || $0.isNumber ? String($0) : $0 == ":" ? "" : "_" }.joined(),
            summary: spec.summary,
            tags: [endpoint.path.dropFirst(prefix.count).split(separator: "/").first.map(String.init) ?? "api"],
            parameters: parameters.isEmpty ? nil : parameters,
            requestBody: spec.body.map { RequestBody(content: ["application/json": MediaType(schema: $0)]) },
            responses: responses,
            security: endpoint.permission == nil ? nil : [["bearer": []], ["cookie": []]])
    }

    /// The errors an operation can answer: any request can be malformed; a protected one needs a login and a role;
    /// an id can be missing or out of scope; a write can break a rule, conflict, or (by cookie) lack its CSRF token.
    private static func errorCodes(_ endpoint: Endpoint, hasPathParameters: Bool, _ spec: OperationSpec) -> [Int] {
        var codes: Set<Int> = [400]
        if endpoint.permission != nil { codes.formUnion([401, 403]) }
        if hasPathParameters { codes.insert(404) }
        if [.POST, .PUT, .PATCH].contains(endpoint.method) { codes.formUnion([403, 409, 422]) }
        codes.formUnion(spec.errors)
        return codes.sorted()
    }

    static let errors: [Int: String] = [
        400: "Malformed body, query or filter.",
        401: "No valid session or token, or the login was refused.",
        403: "The role may not do this, the password must be changed first, or a cookie request lacks X-CSRF-Token.",
        404: "No such record, or it lies outside the actor's scope: the two are answered alike.",
        409: "Conflicts with an existing record, e.g. a duplicate number.",
        422: "Breaks a rule; `field` names the field at fault.",
    ]

    /// `404` → `NotFound`, the name of the shared response in `components.responses`.
    static func errorName(_ code: Int) -> String {
        HTTPStatus(statusCode: code).reasonPhrase.split(separator: " ").joined()
    }

    static let info = Info(
        title: "Zhibu API", version: "1",
        description: "Log in with POST /api/v1/session and send the token as `Authorization: Bearer …`; a browser's "
            + "session cookie works too, with the session's CSRF token in `X-CSRF-Token` on writes. Every read is "
            + "limited to the actor's scope: a record outside it answers 404, exactly like a missing one.")

    static let securitySchemes: [String: SecurityScheme] = [
        "bearer": SecurityScheme(type: "http", scheme: "bearer", description: "The token of POST /api/v1/session."),
        "cookie": SecurityScheme(type: "apiKey", name: ActorMiddleware.cookieName, location: "cookie",
                                 description: "The browser session; writes also need the X-CSRF-Token header."),
    ]
}
