import Domain
import Foundation
import Testing
import Vapor
@testable import Web

extension AllTests {
    @Suite struct TmpRobotMatrixTests {
        @Test func robotRoutes_followThePolicyTable() async throws {
            try await withApp(demoMode: true) { app in
                try await prepareRobots(app)
                var browsers: [String: Browser] = [:]
                for login in RoleRouteMatrixTests.logins.keys {
                    let browser = try Browser(app)
                    _ = try await browser.login(login)
                    browsers[login] = browser
                }
                let anonymous = try Browser(app)
                for endpoint in RobotsController.endpoints + API.RobotsController.endpoints {
                    let path = "/" + endpoint.path.split(separator: "/").map { $0.hasPrefix(":") ? UUID().uuidString : String($0) }.joined(separator: "/")
                    let a = try await send(anonymous, endpoint, path).status
                    #expect(endpoint.isAPI ? a == .unauthorized : a == .seeOther, "anon \(path) \(a)")
                    for (login, role) in RoleRouteMatrixTests.logins {
                        let status = try await send(browsers[login]!, endpoint, path).status
                        if Policy.allows(endpoint.permission!, roles: [role]) {
                            #expect(status == .notFound, "\(login) \(endpoint.method) \(path) \(status)")
                        } else {
                            #expect(status == .forbidden, "\(login) \(endpoint.method) \(path) \(status)")
                        }
                    }
                }
            }
        }

        private func send(_ browser: Browser, _ endpoint: Endpoint, _ path: String) async throws -> LiveServer.Answer {
            if endpoint.method == .GET { return try await browser.get(path) }
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: "X-CSRF-Token", value: try await browser.csrfToken())
            if endpoint.isAPI { return try await browser.json(endpoint.method, path, [:], headers: headers) }
            return try await browser.post(path, form: [:], headers: headers)
        }
    }
}
