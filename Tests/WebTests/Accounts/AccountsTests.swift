import Domain
import Foundation
import Persistence
import Testing
import Vapor
import VaporTesting
@testable import Web

extension AllTests {
    /// Accounts and roles under 三权分立: the system admin creates, the security admin assigns, revokes and unlocks.
    @Suite struct AccountsTests {
        let first = TestWorld.first, second = TestWorld.second

        @Test func createdAccount_withCollegeRole_changesPasswordFirst_thenSeesItsCollegeOnly() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup
                let admin = try Browser(app), security = try Browser(app)
                try await admin.login("admin"); try await security.login("security")
                let college = try #require(first.account("college1")?.assignments.first?.organizationID)
                // MUT: the system admin creates, the security admin assigns
                let created = try await admin.post("/accounts", form: ["login": "dean2", "displayName": "学院党委副书记",
                                                                       "password": Self.initial, "personNumber": ""])
                let id = try await Self.accountID("dean2", app)
                let assigned = try await security.post("/accounts/\(id)/roles",
                                                       form: ["role": "organization_admin", "organizationID": college.rawValue.uuidString])
                // validate
                #expect(created.status == .seeOther && created.headers.first(name: .location) == "/accounts")
                #expect(assigned.status == .seeOther && assigned.headers.first(name: .location) == "/accounts/\(id)")
                #expect(try await admin.get("/accounts").body.string.contains("data-login=\"dean2\""))
                #expect(try await security.get("/accounts/\(id)").body.string.contains("组织管理员"))
                let dean = try Browser(app)
                #expect(try await dean.login("dean2", password: Self.initial).headers.first(name: .location) == "/password")
                #expect(try await dean.get("/people").headers.first(name: .location) == "/password")
                let changed = try await dean.post("/password", form: ["current": Self.initial, "password": Self.changed,
                                                                      "repeated": Self.changed])
                #expect(changed.status == .ok)
                let peer = try Browser(app)
                try await peer.login("college1")
                let seen = try await Self.total(dean), reference = try await Self.total(peer)
                let org = try Browser(app)
                try await org.login("org")
                #expect(seen == reference && seen > 0)
                #expect(try await Self.total(org) > seen)
            }
        }

        @Test func create_refusesWeakPasswordDuplicateLoginAndUnknownNumber_andLinksByExactNumber() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                let admin = try Browser(app)
                try await admin.login("admin")
                let weak = try await admin.post("/accounts", form: ["login": "weak1", "displayName": "x", "password": "123456789012"])
                let taken = try await admin.post("/accounts", form: ["login": "security", "displayName": "x", "password": Self.initial])
                let unknown = try await admin.post("/accounts", form: ["login": "nobody1", "displayName": "x", "password": Self.initial,
                                                                       "personNumber": "00000000000"])
                let person = first.people[3].person
                let linked = try await admin.post("/accounts", form: ["login": "linked1", "displayName": person.name,
                                                                      "password": Self.initial, "personNumber": person.number])
                #expect(weak.status == .unprocessableEntity && weak.body.string.contains("密码"))
                #expect(taken.status == .conflict && taken.body.string.contains("已存在"))
                #expect(unknown.status == .unprocessableEntity && unknown.body.string.contains("找不到学工号为 00000000000 的人员"))
                #expect(linked.status == .seeOther)
                let account = try await app.stores.accounts.find(try await Self.accountID("linked1", app), school: nil)
                #expect(account.personID == person.id && account.mustChangePassword)
                #expect(!weak.body.string.contains("123456789012"))  // a password is never echoed
            }
        }

        @Test func assign_refusesSeparationOfDutiesAndMissingPlace_inTheUsersLanguage() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                let security = try Browser(app)
                try await security.login("security")
                let college1 = try await Self.accountID("college1", app), student = try await Self.accountID("student1", app)
                let audit = try await security.post("/accounts/\(college1)/roles", form: ["role": "audit_admin"])
                let place = try await security.post("/accounts/\(college1)/roles", form: ["role": "counselor", "classID": ""])
                let member = try await security.post("/accounts/\(student)/roles", form: ["role": "party_member"])
                let none = try await security.post("/accounts/\(student)/roles", form: ["role": ""])
                try await security.get("/login?lang=en")
                let english = try await security.post("/accounts/\(college1)/roles", form: ["role": "audit_admin"])
                #expect(audit.status == .unprocessableEntity && audit.body.string.contains("三权分立"))
                #expect(place.status == .unprocessableEntity && place.body.string.contains("该角色须选择班级"))
                #expect(member.status == .unprocessableEntity && member.body.string.contains("关联人员不是党员"))
                #expect(none.status == .unprocessableEntity && none.body.string.contains("请选择角色"))
                #expect(english.status == .unprocessableEntity && english.body.string.contains("Separation of duties"))
                let account = try await app.stores.accounts.find(college1, school: nil)
                #expect(account.roles.map(\.role) == [.organizationAdmin])
            }
        }

        @Test func revoke_removesTheRole_butNotTheSecurityAdminsOwn() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                let security = try Browser(app)
                try await security.login("security")
                let branch = try await app.stores.accounts.find(try await Self.accountID("branch1", app), school: nil)
                let own = try await app.stores.accounts.find(try await Self.accountID("security", app), school: nil)
                let revoked = try await security.post("/accounts/\(branch.id)/roles/\(branch.roles[0].id)/delete", form: [:])
                let refused = try await security.post("/accounts/\(own.id)/roles/\(own.roles[0].id)/delete", form: [:])
                #expect(revoked.status == .seeOther)
                #expect(try await app.stores.accounts.find(branch.id, school: nil).roles.isEmpty)
                #expect(refused.status == .unprocessableEntity && refused.body.string.contains("不能撤销自己的管理员角色"))
                #expect(try await app.stores.accounts.find(own.id, school: nil).roles.count == 1)
            }
        }

        @Test func securityAdmin_unlocksAnAccountLockedAfterFiveWrongPasswords() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                let member = try Browser(app), security = try Browser(app)
                for _ in 1...5 { try await member.login("member1", password: "wrong-password-1") }
                let locked = try await member.login("member1")
                try await security.login("security")
                let id = try await Self.accountID("member1", app)
                let page = try await security.get("/accounts/\(id)").body.string
                let unlocked = try await security.post("/accounts/\(id)/unlock", form: [:])
                #expect(locked.status == .unauthorized)
                #expect(page.contains("已锁定") && page.contains("/accounts/\(id)/unlock"))
                #expect(unlocked.status == .seeOther)
                #expect(try await member.login("member1").status == .seeOther)
            }
        }

        @Test func otherSchoolsAccount_is404_forTheSecurityAdmin_andAbsentFromBothLists() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                let security = try Browser(app), admin = try Browser(app)
                try await security.login("security"); try await admin.login("admin")
                let foreign = try await Self.accountID("b-admin", app)
                let role = try #require(second.organizations.first?.id.rawValue.uuidString)
                #expect(try await security.get("/accounts/\(foreign)").status == .notFound)
                #expect(try await security.post("/accounts/\(foreign)/roles", form: ["role": "organization_admin",
                                                                                  "organizationID": role]).status == .notFound)
                #expect(try await security.post("/accounts/\(foreign)/unlock", form: [:]).status == .notFound)
                #expect(!(try await security.get("/accounts/roles").body.string.contains("b-admin")))
                #expect(!(try await admin.get("/accounts").body.string.contains("b-admin")))
                // A place of the other school is out of scope too.
                let own = try await Self.accountID("student1", app)
                #expect(try await security.post("/accounts/\(own)/roles", form: ["role": "organization_admin",
                                                                              "organizationID": role]).status == .notFound)
            }
        }

        @Test func eachAdministrator_reachesOnlyTheirOwnAccountRoutes() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                let admin = try Browser(app), security = try Browser(app)
                try await admin.login("admin"); try await security.login("security")
                let id = try await Self.accountID("student1", app)
                #expect(try await admin.get("/accounts/\(id)").status == .forbidden)
                #expect(try await admin.post("/accounts/\(id)/unlock", form: [:]).status == .forbidden)
                #expect(try await security.post("/accounts", form: ["login": "x1"]).status == .forbidden)
                #expect(try await security.get("/accounts/new").status == .forbidden)
                let list = try await admin.get("/accounts").body.string
                #expect(!list.contains("/accounts/\(id)"))  // the admin's list opens nothing they cannot open
                #expect(try await security.get("/accounts/roles").body.string.contains("/accounts/\(id)"))
            }
        }

        static let initial = "Qingshan-Lu-27-x9"
        static let changed = "Songbai-Jie-58-k3"

        static func accountID(_ login: String, _ app: Application) async throws -> Actor.AccountID {
            try #require(try await app.stores.accounts.list(school: nil, page: ListRequest(size: 500)).items
                .first { $0.login == login }?.id)
        }

        /// How many people the browser's account sees through the API.
        static func total(_ browser: Browser) async throws -> Int {
            let response = try await browser.json(.GET, "/api/v1/people?pageSize=1")
            struct Probe: Decodable { var total: Int }
            return try JSONDecoder().decode(Probe.self, from: Data(buffer: response.body)).total
        }
    }
}
