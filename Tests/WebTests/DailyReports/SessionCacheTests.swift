import Domain
import Foundation
import Persistence
import SQLKit
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

        /// Past its trust time a cached session is checked again against the session table: still live, it goes on
        /// (and is noted as seen); gone (ended where no revocation was written), it is refused.
        @Test func agedSession_isCheckedAgain_andRefusedOnceGone() async throws {
            let clock = ManualClock(Date())
            try await withApp(clock: clock, demoMode: true) { app in
                let student = try Browser(app)
                _ = try await student.apiLogin("student1")
                #expect(try await student.json(.GET, "/api/v1/me").status == .ok)
                // MUT: past the longest trust time, the session still live
                clock.advance(by: SessionCache.freshness + 1)
                #expect(try await student.json(.GET, "/api/v1/me").status == .ok)
                try await app.sessionTouches.write(on: app.db, at: clock.clock.now())
                let sql = app.db as! any SQLDatabase
                let seen = try await sql.raw("SELECT max(last_seen_at) AS seen FROM sessions").first()?.decode(column: "seen", as: Date.self)
                #expect(seen.map { abs($0.timeIntervalSince(clock.clock.now())) < 1 } == true)
                // MUT: the session row goes without a revocation; the next re-check finds it gone
                try await sql.raw("DELETE FROM sessions").run()
                clock.advance(by: SessionCache.freshness + 1)
                // validate
                #expect(try await student.json(.GET, "/api/v1/me").status == .unauthorized)
            }
        }
    }
}
