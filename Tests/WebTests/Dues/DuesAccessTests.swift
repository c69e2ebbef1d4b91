import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// Scope of every view: a member sees only their own dues; a secretary of another branch and another school get
    /// 404 for this branch's sheet, members and arrears, on pages and in the API alike.
    @Suite struct DuesAccessTests {
        @Test func member_seesOnlyTheirOwn() async throws {
            try await withApp(clock: ManualClock(DuesWorld.now), demoMode: true) { app in
                // setup
                let api = try Browser(app), page = try Browser(app)
                _ = try await api.apiLogin("member1"); _ = try await page.login("member1")
                let me = DuesWorld.member1
                // MUT
                let own = try await api.duesSheet(nil)
                let branch = try await api.json(.GET, "/api/v1/dues?org=\(DuesWorld.branch.rawValue)")
                let sheetPage = try await page.get("/dues?org=\(DuesWorld.branch.rawValue)")
                let mine = try await page.get("/dues/mine")
                let record = try await api.recordDues(["personId": me.id.rawValue.uuidString, "months": ["2026-11"], "method": "cash"])
                // validate
                #expect(own.members.map(\.personId) == [me.id.rawValue])
                #expect(branch.status == .notFound)
                #expect(sheetPage.status == .forbidden && record.status == .forbidden)
                #expect(mine.status == .ok && mine.body.string.contains(me.name) && mine.body.string.contains("学生、无固定收入"))
            }
        }

        @Test func otherBranchSecretary_andOtherSchool_getNotFound() async throws {
            try await withApp(clock: ManualClock(DuesWorld.now), demoMode: true) { app in
                // setup
                try await DuesWorld.addSecretary(app, login: "secretary9", of: DuesWorld.otherBranch)
                let org = DuesWorld.branch.rawValue, member = DuesWorld.member1.id.rawValue.uuidString
                for login in ["secretary9", "b-branch1"] {
                    let api = try Browser(app), page = try Browser(app)
                    _ = try await api.apiLogin(login); _ = try await page.login(login)
                    // MUT
                    let sheet = try await api.json(.GET, "/api/v1/dues?org=\(org)")
                    let arrears = try await api.json(.GET, "/api/v1/dues/arrears?org=\(org)")
                    let record = try await api.recordDues(["personId": member, "months": ["2026-11"], "method": "cash"])
                    let batch = try await api.recordDues(["organizationId": org.uuidString, "month": "2026-11", "method": "cash"])
                    let pages = [try await page.get("/dues?org=\(org)"), try await page.get("/dues/arrears?org=\(org)"),
                                 try await page.get("/dues/payments/new?org=\(org)"), try await page.get("/dues/batch?org=\(org)&month=2026-11&method=cash")]
                    let own = try await api.duesSheet(nil)
                    // validate
                    #expect(sheet.status == .notFound && arrears.status == .notFound, "\(login)")
                    #expect(record.status == .notFound && batch.status == .notFound, "\(login)")
                    #expect(pages.allSatisfy { $0.status == .notFound }, "\(login): \(pages.map(\.status))")
                    #expect(!own.members.contains { $0.personId == DuesWorld.member1.id.rawValue }, "\(login)")
                }
                #expect(try await DuesWorld.stored(app, person: DuesWorld.member1.id, month: DuesWorld.month) <= 1)
            }
        }
    }
}
