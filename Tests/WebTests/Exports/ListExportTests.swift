import Domain
import Foundation
import Persistence
import Spreadsheet
import Testing
import Vapor
import VaporTesting
@testable import Web

extension AllTests {
    @Suite struct ListExportTests {
        static func download(_ path: String, as login: String, in app: Application) async throws -> LiveServer.Answer {
            try await Downloads.download(path, as: login, in: app)
        }

        static func table(_ response: LiveServer.Answer, fileName: String) throws -> [[String]] {
            try Downloads.table(response, fileName: fileName)
        }

        static func exports(_ app: Application) async throws -> [AuditEvent] {
            try await app.stores.auditTrail.list(.init(action: .listExported), page: ListRequest(size: 500), scope: .system).items
        }

        @Test func organizations_ofTheOrgAdmin_holdTheirSchoolOnly_andAreAudited() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let firstNames = Set(TestWorld.first.organizations.map(\.name))
                let secondOnly = Set(TestWorld.second.organizations.map(\.name)).subtracting(firstNames)
                // MUT
                let response = try await Self.download("/organizations/export.xlsx", as: "org", in: app)
                // validate
                #expect(response.status == .ok)
                let disposition = response.headers.first(name: .contentDisposition) ?? ""
                #expect(disposition.hasPrefix("attachment; filename=\"organizations-") && disposition.contains(".xlsx\""))
                let rows = try Self.table(response, fileName: "organizations.xlsx")
                #expect(rows.first == ["名称", "类型", "类别", "上级党组织", "人数"])
                #expect(rows.count - 1 == TestWorld.first.organizations.count)
                #expect(rows.dropFirst().allSatisfy { !secondOnly.contains($0[0]) })
                #expect(rows.dropFirst().first?[0] == TestWorld.first.organizations.first?.name)
                let events = try await Self.exports(app)
                #expect(events.count == 1 && events.first?.actorLogin == "org" && events.first?.target == "organizations")
                #expect(events.first?.detail == "rows:\(rows.count - 1);format:xlsx")
            }
        }

        @Test func organizations_ofACollegeAdmin_holdTheirSubtreeOnly_inEnglish() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let actor = try await app.actor(login: "college1", needing: .viewOrganizations)
                let subtree = try await app.stores.organizations.list(scope: actor.scope)
                // MUT
                let response = try await Self.download("/organizations/export.csv?lang=en", as: "college1", in: app)
                // validate
                #expect(response.status == .ok)
                let rows = try Self.table(response, fileName: "organizations.csv")
                #expect(rows.first == ["Name", "Kind", "Category", "Parent organisation", "Members"])
                #expect(subtree.count < TestWorld.first.organizations.count)
                #expect(Set(rows.dropFirst().map { $0[0] }) == Set(subtree.map(\.name)))
                #expect(rows.count - 1 == subtree.count)
                #expect(try await Self.exports(app).count == 1)
            }
        }

        @Test func grid_ofACounsellor_holdsOnlyTheirClasses() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let actor = try await app.actor(login: "counselor1", needing: .viewGrid)
                let classes = try await app.stores.grid.list(scope: actor.scope, kinds: [.schoolClass])
                // MUT
                let response = try await Self.download("/grid/export.csv", as: "counselor1", in: app)
                // validate
                #expect(response.status == .ok)
                let rows = try Self.table(response, fileName: "grid.csv")
                #expect(rows.first == ["名称", "类型", "上级网格"])
                #expect(!classes.isEmpty && rows.count - 1 == classes.count)
                #expect(Set(rows.dropFirst().map { $0[0] }) == Set(classes.map(\.name)))
                #expect(rows.dropFirst().allSatisfy { $0[1] == "班级" && !$0[2].isEmpty })
                #expect(try await Self.exports(app).first?.target == "grid")
            }
        }

        @Test func audit_ofTheAuditor_honoursTheActionFilter() async throws {
            try await withApp(demoMode: true) { app in
                // setup: a failed login, so the filter has something to leave out
                _ = try await Browser(app).login("org", password: "wrong password 123")
                let logins = try await app.stores.auditTrail.list(.init(action: .loginSucceeded), page: ListRequest(size: 500),
                                                                  scope: .system)
                // MUT
                let response = try await Self.download("/audit/export.xlsx?action=login_succeeded", as: "auditor", in: app)
                // validate
                #expect(response.status == .ok)
                let rows = try Self.table(response, fileName: "audit.xlsx")
                #expect(rows.first == ["时间", "操作人账号", "操作", "对象", "结果", "地址", "详情"])
                // The auditor's own login comes after the count above.
                #expect(rows.count - 1 == logins.total + 1)
                #expect(rows.dropFirst().allSatisfy { $0[2] == "登录成功" })
                #expect(rows.dropFirst().first?[1] == "auditor")
                let events = try await Self.exports(app)
                #expect(events.count == 1 && events.first?.target == "audit?action=login_succeeded")
            }
        }

        @Test func accounts_ofTheSystemAdmin_listEveryAccountOfTheSchool() async throws {
            try await withApp(demoMode: true) { app in
                // MUT
                let response = try await Self.download("/accounts/export.csv", as: "admin", in: app)
                // validate
                #expect(response.status == .ok)
                let rows = try Self.table(response, fileName: "accounts.csv")
                #expect(rows.first == ["账号", "显示名称", "角色", "已锁定", "待修改初始密码"])
                #expect(Set(rows.dropFirst().map { $0[0] }) == Set(TestWorld.first.accounts.map(\.login)))
                #expect(try await Self.exports(app).count == 1)
            }
        }

        @Test func everyExport_isForbiddenToAStudent_andLeavesNoEvent() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let browser = try Browser(app)
                _ = try await browser.login("student1")
                for list in ["organizations", "grid", "audit", "accounts"] {
                    for format in ["xlsx", "csv"] {
                        // MUT
                        let response = try await browser.get("/\(list)/export.\(format)")
                        // validate
                        #expect(response.status == .forbidden, "\(list).\(format)")
                    }
                }
                #expect(try await Self.exports(app).isEmpty)
            }
        }
    }
}
