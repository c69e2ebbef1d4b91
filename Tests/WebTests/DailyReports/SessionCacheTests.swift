import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// Sessions are answered from memory on the hot path; a logout takes effect at once on its server, and a
    /// session ended elsewhere within a poll of the revocations.
    @Suite struct SessionCacheTests {
        @Test func logout_takesEffectAtOnce() async throws {
            try await withApp(demoMode: true) { app in
                let student = try Browser(app)
                _ = try await student.apiLogin("student1")
                #expect(try await student.json(.GET, "/api/v1/me").status == .ok)
                #expect(app.sessionCache.count >= 1)
                // MUT
                #expect(try await student.json(.DELETE, "/api/v1/session").status == .noContent)
                // validate
                #expect(try await student.json(.GET, "/api/v1/me").status == .unauthorized)
            }
        }

        /// Another server ends the session (here: the store, as that server would): this one refuses the token once
        /// it has read the revocations (its poller does that every two seconds; here the test applies them itself).
        @Test func sessionEndedElsewhere_isForgottenAtTheNextPoll() async throws {
            try await withApp(demoMode: true) { app in
                let student = try Browser(app)
                _ = try await student.apiLogin("student1")
                #expect(try await student.json(.GET, "/api/v1/me").status == .ok)
                let account = try #require(TestWorld.first.account("student1")).login
                let id = try await app.stores.accounts.list(school: nil, page: .init(number: 1, size: 500)).items.first { $0.login == account }!.id
                // MUT
                try await app.stores.sessions.endAll(for: id)
                app.sessionCache.apply(try await app.stores.sessions.revocations(since: Date().addingTimeInterval(-60)))
                // validate
                #expect(try await student.json(.GET, "/api/v1/me").status == .unauthorized)
            }
        }

        @Test func roleChange_isSeenOnTheNextRequest() async throws {
            try await withApp(demoMode: true) { app in
                let counselor = try Browser(app)
                _ = try await counselor.apiLogin("counselor1")
                #expect(try await counselor.json(.GET, "/api/v1/daily-reports/summary").status == .ok)
                let login = "counselor1"
                let account = try await app.stores.accounts.list(school: nil, page: .init(number: 1, size: 500)).items.first { $0.login == login }!
                let detail = try await app.stores.accounts.find(account.id, school: nil)
                // MUT: the security admin revokes every counsellor assignment (as the accounts page does)
                for assignment in detail.roles {
                    try await app.stores.accounts.revoke(assignment.id, from: account.id,
                                                         context: AuditContext(actor: .system, address: "test", now: Date()))
                }
                try await app.stores.sessions.accountChanged(account.id)
                app.sessionCache.apply(try await app.stores.sessions.revocations(since: Date().addingTimeInterval(-60)))
                // validate
                #expect(try await counselor.json(.GET, "/api/v1/daily-reports/summary").status == .forbidden)
            }
        }
    }
}
