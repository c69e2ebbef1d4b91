import Domain
import Fluent
import Foundation
import Persistence
import SQLKit
import Testing
import Vapor
@testable import Web

extension AllTests {
    @Suite struct AuditChainTests {
        @Test func editedOrDeletedEvent_isDetected() async throws {
            try await withApp(demoMode: true) { app in
                // setup: a few audited writes through the site
                let browser = try Browser(app)
                _ = try await browser.login("org")
                _ = try await browser.login("nobody", password: "wrong")
                let intact = try await app.stores.audit.verify(on: app.db)
                #expect(intact.isIntact, "\(intact.problems)")
                #expect(intact.eventsChecked > 3)
                let sql = app.db as! any SQLDatabase
                // MUT: edit one event's detail behind the application's back
                try await sql.raw("UPDATE audit_events SET actor_login = 'someone-else' WHERE action = 'login_succeeded'").run()
                let edited = try await app.stores.audit.verify(on: app.db)
                // validate
                #expect(!edited.isIntact)
                #expect(edited.problems.contains { $0.contains("altered") })
            }
        }

        @Test func deletedEvent_isDetected() async throws {
            try await withApp(demoMode: true) { app in
                let browser = try Browser(app)
                _ = try await browser.login("org")
                _ = try await browser.login("org")
                let sql = app.db as! any SQLDatabase
                try await sql.raw("DELETE FROM audit_events WHERE action = 'login_succeeded' AND sequence = (SELECT MIN(sequence) FROM audit_events WHERE action = 'login_succeeded')").run()
                let result = try await app.stores.audit.verify(on: app.db)
                #expect(!result.isIntact)
            }
        }

        @Test func everyWrite_leavesAnEvent_withActorAndAddress() async throws {
            try await withApp(demoMode: true) { app in
                let browser = try Browser(app)
                _ = try await browser.apiLogin("org")
                let member = TestWorld.person(of: "member1")
                _ = try await browser.json(.PATCH, "/api/v1/people/\(member.id.rawValue)", ["ethnicity": "满族"])
                let events = try await app.stores.auditTrail.list(.init(action: .personUpdated), page: ListRequest(), scope: .system)
                let event = try #require(events.items.first)
                #expect(event.actorLogin == "org")
                #expect(event.target == "person:\(member.id.rawValue)")
                #expect(event.detail.contains("ethnicity"))
                #expect(event.address == "127.0.0.1")
            }
        }
    }
}
