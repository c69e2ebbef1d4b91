import Domain
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Web

extension AllTests {
    @Suite struct LoginTests {
        @Test func fiveFailures_lockTheAccountFor15Minutes_whateverTheAddress() async throws {
            let clock = ManualClock(t0)
            try await withApp(clock: clock, demoMode: true) { app in
                // setup
                let browser = try Browser(app)
                // MUT
                for _ in 1...5 { _ = try await browser.apiLogin("member1", password: "wrong password 123") }
                let whileLocked = try await browser.apiLogin("member1")
                clock.advance(by: 14 * 60)
                let stillLocked = try await browser.apiLogin("member1")
                clock.advance(by: 61)
                let afterLock = try await browser.apiLogin("member1")
                // validate
                #expect(whileLocked.status == .unauthorized)
                #expect(whileLocked.body.string.contains("locked") || whileLocked.body.string.contains("锁定"))
                #expect(stillLocked.status == .unauthorized)
                #expect(afterLock.status == .created)
            }
        }

        @Test func unknownAccount_andWrongPassword_getTheSameAnswer() async throws {
            try await withApp(demoMode: true) { app in
                let browser = try Browser(app)
                let unknown = try await browser.apiLogin("nobody-here", password: "whatever password")
                let wrong = try await browser.apiLogin("member1", password: "whatever password")
                #expect(unknown.status == .unauthorized)
                let unknownError = try JSONDecoder().decode(APIError.self, from: Data(buffer: unknown.body))
                let wrongError = try JSONDecoder().decode(APIError.self, from: Data(buffer: wrong.body))
                #expect(unknownError.error == wrongError.error && unknownError.reason == wrongError.reason)
                let page = try await browser.login("nobody-here", password: "x")
                #expect(page.status == .unauthorized)
                #expect(page.body.string.contains("class=\"error"))
            }
        }

        @Test func session_expiresAfter30MinutesIdle_and12HoursInAll() async throws {
            let clock = ManualClock(t0)
            try await withApp(clock: clock, demoMode: true) { app in
                let browser = try Browser(app)
                _ = try await browser.apiLogin("org")
                clock.advance(by: 29 * 60)
                #expect(try await browser.json(.GET, "/api/v1/me").status == .ok)
                clock.advance(by: 30 * 60 + 1)
                #expect(try await browser.json(.GET, "/api/v1/me").status == .unauthorized)

                _ = try await browser.apiLogin("org")
                for _ in 0..<((12 * 60) / 20) {
                    clock.advance(by: 20 * 60)
                    _ = try await browser.json(.GET, "/api/v1/me")
                }
                #expect(try await browser.json(.GET, "/api/v1/me").status == .unauthorized)
            }
        }

        @Test func login_rotatesTheSession_andLogoutEndsIt() async throws {
            try await withApp(demoMode: true) { app in
                let browser = try Browser(app)
                _ = try await browser.login("org")
                let first = browser.cookies["zhibu_session"]
                _ = try await browser.login("org")
                let second = browser.cookies["zhibu_session"]
                #expect(first != nil && second != nil && first != second)
                #expect(try await browser.get("/").status == .ok)
                let stolen = second!
                _ = try await browser.post("/logout", form: [:])
                let thief = try Browser(app)
                thief.cookies["zhibu_session"] = stolen
                #expect(try await thief.get("/").status == .seeOther)
            }
        }

        @Test func sessionCookie_isHttpOnly_andLax() async throws {
            try await withApp(demoMode: true) { app in
                let browser = try Browser(app)
                _ = try await browser.get("/login")
                let response = try await browser.post("/login", form: ["account": "org", "password": TestWorld.password])
                let cookie = response.headers[.setCookie].first { $0.hasPrefix("zhibu_session=") } ?? ""
                #expect(cookie.contains("HttpOnly"))
                #expect(cookie.contains("SameSite=Lax"))
            }
        }

        @Test func createdAccounts_mustChangeThePassword_beforeAnythingElse() async throws {
            try await withApp(demoMode: false) { app in
                let browser = try Browser(app)
                let login = try await browser.login("org")
                #expect(login.headers.first(name: .location) == "/password")
                #expect(try await browser.get("/people").headers.first(name: .location) == "/password")
                let changed = try await browser.post("/password", form: [
                    "current": TestWorld.password, "password": "Rotes Tor am Westsee 7", "repeated": "Rotes Tor am Westsee 7"])
                #expect(changed.status == .ok)
                #expect(try await browser.get("/people").status == .ok)
            }
        }

        @Test func weakNewPassword_isRefusedInTheUsersLanguage() async throws {
            try await withApp(demoMode: false) { app in
                let browser = try Browser(app)
                _ = try await browser.login("org")
                let refused = try await browser.post("/password", form: [
                    "current": TestWorld.password, "password": "password1234", "repeated": "password1234"])
                #expect(refused.status == .unprocessableEntity)
                #expect(refused.body.string.contains("密码过于常见"))
            }
        }
    }
}
