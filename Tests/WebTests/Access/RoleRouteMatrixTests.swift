import Domain
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Web

extension AllTests {
    /// Walks every registered route with every role and with no one, against the one policy table.
    @Suite struct RoleRouteMatrixTests {
        static let logins: [String: Role] = [
            "admin": .systemAdmin, "security": .securityAdmin, "auditor": .auditAdmin, "org": .organizationAdmin,
            "college1": .organizationAdmin, "branch1": .branchSecretary, "counselor1": .counselor,
            "monitor1": .classMonitor, "member1": .partyMember, "student1": .student,
            "responder1": .responder, "leader1": .departmentLeader, "supervisor1": .supervisor,
        ]

        @Test func everyRoute_everyRole_followsThePolicyTable() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                var browsers: [String: Browser] = [:]
                for login in Self.logins.keys {
                    let browser = try Browser(app)
                    let response = try await browser.login(login)
                    #expect(response.status == .seeOther, "login \(login)")
                    browsers[login] = browser
                }
                let anonymous = try Browser(app)
                // Endpoints that end the session go last, so that every other route is tried signed in.
                let endsSession: (Endpoint) -> Bool = { $0.path == "logout" || $0.path == "api/v1/session" }
                let guarded = app.endpoints.filter { $0.permission != nil && !endsSession($0) }
                    + app.endpoints.filter { $0.permission != nil && endsSession($0) }
                #expect(guarded.count > 20)
                for endpoint in guarded {
                    let path = "/" + endpoint.path.split(separator: "/").map { $0.hasPrefix(":") ? UUID().uuidString : String($0) }
                        .joined(separator: "/")
                    // MUT + validate: no one
                    let answer = try await send(anonymous, endpoint, path)
                    if endpoint.isAPI {
                        #expect(answer.status == .unauthorized, "anonymous \(endpoint.method) \(path)")
                    } else {
                        #expect(answer.status == .seeOther && answer.headers.first(name: .location)?.hasPrefix("/login") == true,
                                "anonymous \(endpoint.method) \(path) → \(answer.status)")
                    }
                    if endsSession(endpoint) {
                        for (login, browser) in browsers { try await browser.login(login) }
                    }
                    for (login, role) in Self.logins {
                        let status = try await send(browsers[login]!, endpoint, path).status
                        let allowed = Policy.allows(endpoint.permission!, roles: [role])
                        if allowed {
                            #expect(status != .forbidden && status != .unauthorized && status.code < 500,
                                    "\(login) may \(endpoint.method) \(path) but got \(status)")
                        } else {
                            #expect(status == .forbidden, "\(login) may not \(endpoint.method) \(path) but got \(status)")
                        }
                    }
                }
            }
        }

        /// Non-GET requests carry the session's CSRF token so that only the policy decides.
        private func send(_ browser: Browser, _ endpoint: Endpoint, _ path: String) async throws -> LiveServer.Answer {
            if endpoint.method == .GET { return try await browser.get(path) }
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: "X-CSRF-Token", value: try await browser.csrfToken())
            if endpoint.isAPI { return try await browser.json(endpoint.method, path, [:], headers: headers) }
            return try await browser.post(path, form: [:], headers: headers)
        }
    }
}
