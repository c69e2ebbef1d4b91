import Domain
import Foundation
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// The OpenAPI document is built from the registered endpoints, so no `api/v1` route goes undocumented.
    @Suite struct OpenAPITests {
        @Test func document_describesEveryRegisteredAPIEndpoint_asOpenAPI31() async throws {
            try await withApp { app in
                // setup
                let browser = try Browser(app)
                // MUT
                let answer = try await browser.get("/api/v1/openapi.json")
                // validate
                #expect(answer.status == .ok)
                let document = try #require(try JSONSerialization.jsonObject(with: Data(buffer: answer.body)) as? [String: Any])
                #expect((document["openapi"] as? String)?.hasPrefix("3.1.") == true)
                let paths = try #require(document["paths"] as? [String: [String: [String: Any]]])
                let documented = Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
                let registered = app.endpoints.filter { $0.path.hasPrefix("api/v1/") }
                #expect(registered.count >= 15)
                #expect(documented == Set(registered.map { "\($0.method.rawValue) \(OpenAPIDocument.template($0.path))" }))
                for endpoint in registered {
                    let operation = paths[OpenAPIDocument.template(endpoint.path)]?[endpoint.method.rawValue.lowercased()]
                    #expect((operation?["security"] != nil) == (endpoint.permission != nil), "\(endpoint.path)")
                }
            }
        }

        @Test func endpointWithoutADescription_isStillDocumented_generically() throws {
            // setup
            let endpoint = Endpoint(.DELETE, "api/v1/things/:id", .viewHome) { _ in Response(status: .noContent) }
            // MUT
            let document = OpenAPIDocument(endpoints: [endpoint, Endpoint(.GET, "people", .viewPeople) { _ in Response() }])
            // validate
            let operation = try #require(document.paths["/api/v1/things/{id}"]?["delete"])
            #expect(operation.summary == "DELETE /api/v1/things/:id")
            #expect(operation.parameters?.map(\.name) == ["id"])
            #expect(operation.responses["404"]?.ref == "#/components/responses/NotFound")
            #expect(document.paths.count == 1)
        }

        @Test func everyReference_resolvesWithinTheDocument() throws {
            // setup
            let document = OpenAPIDocument(endpoints: [])
            let encoded = try JSONEncoder().encode(OpenAPIDocument(endpoints: [
                Endpoint(.GET, "api/v1/people", .viewPeople) { _ in Response() },
                Endpoint(.GET, "api/v1/organizations/:id", .viewOrganizations) { _ in Response() },
            ]))
            let operations = try JSONSerialization.jsonObject(with: encoded)
            // MUT
            var references: Set<String> = []
            collectReferences(operations, into: &references)
            for schema in document.components.schemas.values { collectReferences(try roundTrip(schema), into: &references) }
            // validate
            #expect(!references.isEmpty)
            for reference in references {
                let parts = reference.split(separator: "/").map(String.init)
                #expect(parts.count == 4 && parts[0] == "#" && parts[1] == "components", "\(reference)")
                let known = parts[2] == "schemas" ? document.components.schemas[parts[3]] != nil
                    : document.components.responses[parts[3]] != nil
                #expect(known, "\(reference)")
            }
            for name in ["Person", "PersonPatch", "Organization", "GridUnit", "Transfer", "PersonPage", "Me",
                         "SessionRequest", "SessionResponse", "AuditEvent", "AuditEventPage", "Error"] {
                #expect(document.components.schemas[name] != nil, "\(name)")
            }
        }

        private func roundTrip(_ value: JSONValue) throws -> Any {
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(value))
        }

        private func collectReferences(_ value: Any, into references: inout Set<String>) {
            if let object = value as? [String: Any] {
                if let reference = object["$ref"] as? String { references.insert(reference) }
                for member in object.values { collectReferences(member, into: &references) }
            } else if let array = value as? [Any] {
                for element in array { collectReferences(element, into: &references) }
            }
        }
    }
}
