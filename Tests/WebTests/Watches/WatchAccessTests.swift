import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// Scope of the watch list: a counsellor of other classes learns nothing of class A's watches, by id or in
    /// lists, and cannot act on them; students and monitors are refused the list itself.
    @Suite struct WatchAccessTests {
        @Test func otherClassesCounselor_gets404ById_andSeesNothingInLists() async throws {
            try await withApp(clock: ManualClock(TicketWorld.wednesday), demoMode: true) { app in
                // setup
                let other = try await WatchWorld.makeSecondCounselor(app)
                let mine = try await WatchWorld.unwatchedStudent(app)
                let theirs = try await WatchWorld.unwatchedStudent(of: Set(other.classIDs), app)
                let watchA = try await WatchWorld.open(mine.id, reason: "A班：情绪低落", app: app)
                let watchB = try await WatchWorld.open(theirs.id, reason: "B班：发热", app: app)
                let counselor1 = try Browser(app), counselor2 = try Browser(app)
                _ = try await counselor1.login("counselor1"); _ = try await counselor2.login("counselor2")
                let a = watchA.id.rawValue.uuidString
                // MUT
                let apiByID = try await counselor2.json(.GET, "/api/v1/watches/\(a)")
                let pageByID = try await counselor2.get("/watches/\(a)")
                let apiList = try await counselor2.json(.GET, "/api/v1/watches?status=all&pageSize=500")
                let pageList = try await counselor2.get("/watches?status=all&q=\(SiteRoute.escape(mine.name))").body.string
                let followUp = try await counselor2.post("/watches/\(a)/follow-ups", form: ["method": "call", "result": "stable"])
                let close = try await counselor2.json(.POST, "/api/v1/watches/\(a)/close", ["reason": "resolved"],
                                                      headers: ["X-CSRF-Token": try await counselor2.csrfToken()])
                let openForeign = try await counselor2.post("/watches", form: ["person": mine.id.rawValue.uuidString, "reason": "越权"])
                let ownList = try await counselor1.json(.GET, "/api/v1/watches?status=all&pageSize=500")
                let ownByID = try await counselor1.json(.GET, "/api/v1/watches/\(a)")
                let ownSearch = try await counselor1.get("/watches?status=all&q=\(SiteRoute.escape(mine.name))")
                let foreignToOwner = try await counselor1.json(.GET, "/api/v1/watches/\(watchB.id.rawValue)")
                // validate
                #expect(apiByID.status == .notFound && pageByID.status == .notFound)
                #expect(followUp.status == .notFound && close.status == .notFound && openForeign.status == .notFound)
                let theirIDs = try WatchWorld.decode(PageDTO<WatchDTO>.self, apiList).items.map(\.id)
                #expect(!theirIDs.contains(watchA.id.rawValue) && theirIDs.contains(watchB.id.rawValue))
                #expect(!pageList.contains(a) && !pageList.contains("A班：情绪低落"))
                #expect(ownSearch.status == .ok && ownSearch.body.string.contains(a) && ownSearch.body.string.contains("A班：情绪低落"))
                let ownIDs = try WatchWorld.decode(PageDTO<WatchDTO>.self, ownList).items.map(\.id)
                #expect(ownIDs.contains(watchA.id.rawValue) && !ownIDs.contains(watchB.id.rawValue))
                #expect(ownByID.status == .ok && foreignToOwner.status == .notFound)
                let stillOpen = try await app.stores.watches.find(watchA.id, scope: .system)
                #expect(stillOpen.watch.status == .open && stillOpen.followUpCount == 0)
            }
        }

        @Test func schoolAdmin_seesEveryWatch_otherSchoolNone() async throws {
            try await withApp(clock: ManualClock(TicketWorld.wednesday), demoMode: true) { app in
                // setup
                let watch = try await WatchWorld.open(try await WatchWorld.unwatchedStudent(app).id, reason: "体温异常", app: app)
                let org = try Browser(app), foreign = try Browser(app)
                _ = try await org.apiLogin("org"); _ = try await foreign.apiLogin("b-org")
                // MUT
                let byOrg = try await org.json(.GET, "/api/v1/watches/\(watch.id.rawValue)")
                let byForeign = try await foreign.json(.GET, "/api/v1/watches/\(watch.id.rawValue)")
                let all = try WatchWorld.decode(PageDTO<WatchDTO>.self, try await org.json(.GET, "/api/v1/watches?status=all&pageSize=500"))
                // validate
                #expect(byOrg.status == .ok && byForeign.status == .notFound)
                #expect(all.items.contains { $0.id == watch.id.rawValue })
                // The watches the daily-report writer opened (the demo's) read like the others, with their source.
                if let fromReport = all.items.first(where: { $0.reportId != nil }) {
                    let pages = try Browser(app)
                    _ = try await pages.login("org")
                    let page = try await pages.get("/watches/\(fromReport.id)")
                    #expect(page.status == .ok && page.body.string.contains("异常日报自动加入"))
                }
            }
        }

        @Test(arguments: ["student1", "monitor1", "member1"])
        func peopleWithoutTheWatchList_areRefused(_ login: String) async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let browser = try Browser(app), api = try Browser(app)
                _ = try await browser.login(login); _ = try await api.apiLogin(login)
                // MUT
                let page = try await browser.get("/watches")
                let list = try await api.json(.GET, "/api/v1/watches")
                let open = try await api.json(.POST, "/api/v1/watches", ["personId": WatchWorld.student1.id.rawValue.uuidString, "reason": "x"])
                // validate
                #expect(page.status == .forbidden && list.status == .forbidden && open.status == .forbidden)
            }
        }

        @Test func openTwice_forOneStudent_isAConflict() async throws {
            try await withApp(clock: ManualClock(TicketWorld.wednesday), demoMode: true) { app in
                // setup
                let student = try await WatchWorld.unwatchedStudent(app)
                _ = try await WatchWorld.open(student.id, reason: "第一次", app: app)
                // MUT + validate
                await #expect(throws: DomainError.self) { try await WatchWorld.open(student.id, reason: "第二次", app: app) }
                let counselor = try Browser(app)
                _ = try await counselor.login("counselor1")
                let page = try await counselor.post("/watches", form: ["person": student.id.rawValue.uuidString, "reason": "第三次"])
                #expect(page.status == .conflict && page.body.string.contains("该学生已在重点关注名单中") && page.body.string.contains("已在关注中"))
            }
        }
    }
}
