import Foundation
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// A body the API cannot read is a 400 that names the field, in the caller's language; nothing is stored.
    @Suite struct BadBodyTests {
        struct Body: Decodable { var error: String; var reason: String; var field: String? }

        @Test func missingOrWrongField_isNamed_inChineseAndEnglish() async throws {
            try await withApp(demoMode: true) { app in
                let browser = try Browser(app)
                // MUT
                let missing = try await browser.json(.POST, "/api/v1/session", ["account": "student1"])
                let wrongKind = try await browser.json(.POST, "/api/v1/session?lang=en", ["account": 7, "password": "x"])
                _ = try await browser.apiLogin("student1")
                let report = try await browser.json(.POST, "/api/v1/daily-reports?lang=en", ["answers": "well"])
                // validate
                let bodies = try [missing, wrongKind, report].map { try JSONDecoder().decode(Body.self, from: Data(buffer: $0.body)) }
                #expect([missing, wrongKind, report].allSatisfy { $0.status == .badRequest })
                #expect(bodies.map(\.field) == ["password", "account", "answers"])
                #expect(bodies[0].reason == "缺少字段 password")
                #expect(bodies[1].reason == "The field account has a value of the wrong kind")
                #expect(bodies[2].error == "bad_request" && bodies[2].reason.contains("answers"))
            }
        }
    }
}
