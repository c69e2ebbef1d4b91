import Domain
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Web

extension AllTests {
    @Suite struct RequestProtectionTests {
        @Test func formWithoutToken_orFromAnotherOrigin_isRefused() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let browser = try Browser(app)
                _ = try await browser.login("org")
                let member = TestWorld.person(of: "member1")
                let form = ["title": "图书馆先锋岗", "kind": "vanguard"]
                // MUT
                let missing = try await browser.post("/people/\(member.id.rawValue)/posts", form: form, csrf: "forged")
                var evil = HTTPHeaders()
                evil.replaceOrAdd(name: .origin, value: "https://evil.example")
                let foreign = try await browser.post("/people/\(member.id.rawValue)/posts", form: form, headers: evil)
                let genuine = try await browser.post("/people/\(member.id.rawValue)/posts", form: form)
                // validate
                #expect(missing.status == .forbidden)
                #expect(missing.body.string.contains("表单已过期"))
                #expect(foreign.status == .forbidden)
                #expect(genuine.status == .seeOther)
            }
        }

        @Test func loginForm_needsItsToken() async throws {
            try await withApp(demoMode: true) { app in
                let browser = try Browser(app)
                _ = try await browser.get("/login")
                let refused = try await browser.post("/login", form: ["account": "org", "password": TestWorld.password], csrf: "nope")
                #expect(refused.status == .forbidden)
            }
        }

        @Test func everyResponse_carriesSecurityHeaders_andPersonalDataIsNotCached() async throws {
            try await withApp(demoMode: true) { app in
                let browser = try Browser(app)
                _ = try await browser.login("org")
                for path in ["/", "/people", "/no-such-page", "/api/v1/me", "/login"] {
                    let response = try await browser.get(path)
                    #expect(response.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors 'none'") == true, "\(path)")
                    #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
                    #expect(response.headers.first(name: "Referrer-Policy") != nil)
                    #expect(response.headers.first(name: .cacheControl) == "no-store")
                }
            }
        }

        @Test func errors_keepTheirStatus_andSpeakTheUsersLanguage() async throws {
            try await withApp(demoMode: true) { app in
                let browser = try Browser(app)
                _ = try await browser.login("student1")
                let page = try await browser.get("/organizations")
                #expect(page.status == .forbidden)
                #expect(page.body.string.contains("无权访问"))
                let english = try await browser.get("/organizations?lang=en")
                #expect(english.body.string.contains("Not allowed"))
                let api = try await browser.json(.GET, "/api/v1/people/not-a-uuid")
                #expect(api.status == .notFound)
                let error = try JSONDecoder().decode(APIError.self, from: Data(buffer: api.body))
                #expect(error.error == "not_found")
            }
        }

        @Test func badInput_neverAnswers500() async throws {
            try await withApp(demoMode: true) { app in
                let browser = try Browser(app)
                _ = try await browser.apiLogin("org")
                let bodies: [[String: Any]] = [[:], ["name": 42], ["number": "x", "name": "张三", "idNumber": "123"],
                                               ["number": "x1", "name": "张三", "birthDate": "2024-13-45"],
                                               ["number": "x2", "name": "张三", "organizationID": UUID().uuidString]]
                for body in bodies {
                    let response = try await browser.json(.POST, "/api/v1/people", body)
                    #expect((400..<500).contains(response.status.code), "\(body) → \(response.status)")
                    #expect(response.body.string.contains("\"error\""))
                }
                #expect(try await browser.json(.GET, "/api/v1/people?status=nonsense").status == .badRequest)
                #expect(try await browser.get("/people?org=garbage").status == .badRequest)
            }
        }
    }
}
