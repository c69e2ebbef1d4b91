import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// The security admin gives the demand tracker's roles: responders and leaders at a department of the account's
    /// school, the supervisor to the whole school.
    @Suite struct TicketDepartmentRolesTests {
        @Test func responderRole_needsADepartmentOfTheSchool() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup
                let department = try await TicketSettingsTests.department("授权测试处", app)
                let foreign = try await TicketSettingsTests.department("外校测试处", app, admin: "b-org", school: TestWorld.second.school.id)
                let id = try await AllTests.AccountsTests.accountID("member1", app)
                let security = try Browser(app)
                _ = try await security.login("security")
                let path = SiteRoute.assignRole(id).path
                // MUT
                let none = try await security.post(path, form: ["role": "responder"])
                let abroad = try await security.post(path, form: ["role": "responder", "departmentID": foreign.id.rawValue.uuidString])
                let given = try await security.post(path, form: ["role": "responder", "departmentID": department.id.rawValue.uuidString])
                let twice = try await security.post(path, form: ["role": "responder", "departmentID": department.id.rawValue.uuidString])
                let supervisor = try await security.post(path, form: ["role": "supervisor"])
                let page = try await security.get(SiteRoute.account(id).path)
                // validate
                #expect(none.status == .unprocessableEntity && none.body.string.contains("该角色须选择职能部门"))
                #expect(abroad.status == .notFound)
                #expect(given.status == .seeOther && supervisor.status == .seeOther)
                #expect(twice.status == .unprocessableEntity && twice.body.string.contains("该账号已有此角色"))
                let roles = try await app.stores.accounts.find(id, school: nil).roles
                #expect(roles.contains { $0.role == .responder && $0.departmentID == department.id })
                #expect(roles.contains { $0.role == .supervisor && $0.departmentID == nil && $0.schoolID == TicketSettingsTests.school })
                #expect(page.body.string.contains("授权测试处") && page.body.string.contains("承办人") && page.body.string.contains("督办"))
            }
        }
    }
}
