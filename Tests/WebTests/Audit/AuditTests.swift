import Domain
import Foundation
import Persistence
import Testing
import Vapor
import VaporTesting
@testable import Web

extension AllTests {
    /// The audit trail: read-only, for the audit admin alone, with times in the school's time zone.
    @Suite struct AuditTests {
        /// 2026-11-18 20:36:40 UTC is already 2026-11-19 04:36:40 in Asia/Shanghai: dates must follow the school.
        static let evening = t0 + 9.5 * 3600

        @Test func everyAccountAction_leavesAnEvent_thatTheAuditorSees() async throws {
            try await withApp(clock: ManualClock(Self.evening), demoMode: true) { app in
                // setup + MUT: the whole life of one account
                let admin = try Browser(app), security = try Browser(app), auditor = try Browser(app)
                try await admin.login("admin"); try await security.login("security"); try await auditor.login("auditor")
                try await admin.post("/accounts", form: ["login": "dean3", "displayName": "副书记", "password": AccountsTests.initial])
                let id = try await AccountsTests.accountID("dean3", app)
                let college = try #require(TestWorld.first.account("college1")?.assignments.first?.organizationID)
                try await security.post("/accounts/\(id)/roles", form: ["role": "organization_admin", "organizationID": college.rawValue.uuidString])
                try await security.post("/accounts/\(id)/roles", form: ["role": "audit_admin"])
                let dean = try Browser(app)
                try await dean.login("dean3", password: AccountsTests.initial)
                try await dean.post("/password", form: ["current": AccountsTests.initial, "password": AccountsTests.changed,
                                                        "repeated": AccountsTests.changed])
                for _ in 1...5 { try await dean.login("dean3", password: "wrong-password-2") }
                try await security.post("/accounts/\(id)/unlock", form: [:])
                let role = try await app.stores.accounts.find(id, school: nil).roles[0]
                try await security.post("/accounts/\(id)/roles/\(role.id)/delete", form: [:])
                // validate: in the store, in order
                let events = try await app.stores.auditTrail.list(.init(), page: ListRequest(size: 100), scope: .system).items
                    .filter { $0.at == Self.evening && $0.target == "account:dean3" }.reversed().map { "\($0.actorLogin) \($0.action.rawValue)" }
                #expect(events.first == "admin account_created")
                #expect(events.contains("security role_assigned") && events.contains("dean3 password_changed"))
                #expect(events.contains("dean3 account_locked") && events.contains("security account_unlocked"))
                #expect(events.last == "security role_revoked")
                // validate: on the page, newest first, in Shanghai time
                let page = try await auditor.get("/audit?from=2026-11-19&until=2026-11-19")
                let html = page.body.string
                #expect(page.status == .ok)
                for action in ["account_created", "role_assigned", "password_changed", "account_locked", "account_unlocked", "role_revoked"] {
                    #expect(html.contains("<tr data-action=\"\(action)\"><td>2026-11-19 04:36:40</td>"), "\(action)")
                }
                #expect(html.contains("<td>组织管理员</td>"))  // a role event's detail is the role's name
                let assigned = try await auditor.get("/audit?action=role_assigned&actor=security").body.string
                #expect(assigned.contains("data-action=\"role_assigned\"") && !assigned.contains("data-action=\"account_created\""))
                let before = try await auditor.get("/audit?until=2026-11-18").body.string
                #expect(!before.contains("dean3"))
            }
        }

        @Test func auditAPI_filtersByActionActorResultAndDate() async throws {
            try await withApp(clock: ManualClock(Self.evening), demoMode: true) { app in
                let admin = try Browser(app), auditor = try Browser(app), foreign = try Browser(app)
                try await admin.login("admin"); try await foreign.login("b-admin")
                _ = try await auditor.apiLogin("auditor")
                try await admin.post("/accounts", form: ["login": "clerk1", "displayName": "干事", "password": AccountsTests.initial])
                try await foreign.post("/accounts", form: ["login": "clerk2", "displayName": "干事", "password": AccountsTests.initial])
                try await admin.login("admin", password: "wrong-password-3")
                // MUT
                let created = try await Self.page(auditor, "action=account_created&actor=admin&from=2026-11-19&until=2026-11-19")
                let failures = try await Self.page(auditor, "result=failure&from=2026-11-19")
                let earlier = try await Self.page(auditor, "action=account_created&until=2026-11-18")
                let other = try await Self.page(auditor, "actor=b-admin")
                // validate
                #expect(created.total == 1 && created.items.first?.target == "account:clerk1")
                #expect(created.items.first?.at == "2026-11-18T20:36:40.000Z")
                #expect(failures.items.contains { $0.action == "login_failed" && $0.actorLogin == "admin" })
                #expect(failures.items.allSatisfy { $0.result == "failure" })
                #expect(earlier.items.allSatisfy { $0.target != "account:clerk1" })
                #expect(other.total == 0)  // another school's trail stays there
                for bad in ["action=drop_table", "result=maybe", "from=2026-13-01", "until=yesterday", "page=x",
                            "from=2026-11-20&until=2026-11-19"] {
                    let response = try await auditor.json(.GET, "/api/v1/audit-events?\(bad)")
                    #expect(response.status == .badRequest, "\(bad)")
                    #expect(response.body.string.contains("\"error\""), "\(bad)")
                }
            }
        }

        @Test func auditor_hasNoOtherRoute_andNoOneElseReadsTheTrail() async throws {
            try await withApp(clock: ManualClock(Self.evening), demoMode: true) { app in
                let auditor = try Browser(app), admin = try Browser(app), security = try Browser(app)
                try await auditor.login("auditor"); try await admin.login("admin"); try await security.login("security")
                for path in ["/accounts", "/accounts/roles", "/accounts/new", "/people"] {
                    #expect(try await auditor.get(path).status == .forbidden, "\(path)")
                }
                #expect(try await auditor.post("/accounts", form: ["login": "x2"]).status == .forbidden)
                #expect(try await admin.get("/audit").status == .forbidden)
                #expect(try await security.get("/audit").status == .forbidden)
                // The trail itself has read routes only: the page, the API and the page's two downloads.
                #expect(app.endpoints.filter { $0.permission == .viewAudit }.allSatisfy { $0.method == .GET })
                #expect(app.endpoints.filter { $0.permission == .viewAudit }.count == 4)
            }
        }

        struct Page: Decodable {
            struct Item: Decodable { var sequence: Int64; var at: String; var actorLogin: String; var action: String
                                     var target: String; var result: String; var address: String; var detail: String }
            var items: [Item]
            var total: Int
        }

        static func page(_ browser: Browser, _ query: String) async throws -> Page {
            let response = try await browser.json(.GET, "/api/v1/audit-events?\(query)")
            #expect(response.status == .ok, "\(query)")
            return try JSONDecoder().decode(Page.self, from: Data(buffer: response.body))
        }
    }
}
