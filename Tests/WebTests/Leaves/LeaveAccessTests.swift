import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// Scope of every view: a counsellor of another class, another student and another school get 404 by id and
    /// find nothing in lists, on pages and in the API alike; the own counsellor, the monitor and the school see it.
    @Suite struct LeaveAccessTests {
        @Test func otherClassCounselor_getsNotFound_andEmptyLists() async throws {
            try await withApp(clock: ManualClock(LeaveWorld.now), demoMode: true) { app in
                // setup
                try await LeaveWorld.addCounselor(app, login: "counselor9", of: LeaveWorld.otherClass)
                let student = try Browser(app), stranger = try Browser(app), strangerPage = try Browser(app)
                _ = try await student.apiLogin("student1"); _ = try await stranger.apiLogin("counselor9")
                _ = try await strangerPage.login("counselor9")
                let me = TestWorld.person(of: "student1")
                let id = try await student.appliedLeave(destination: "别班看不到的去向").leave.id
                let path = "/leaves/\(id.uuidString)"
                // MUT
                let byID = try await stranger.json(.GET, "/api/v1" + path)
                let act = try await stranger.leaveEvent(id, "approve")
                let page = try await strangerPage.get(path)
                let pageAct = try await strangerPage.post(path + "/events", form: ["type": "approve"])
                let list = try await stranger.json(.GET, "/api/v1/leaves?pageSize=500").body.string
                let search = try await strangerPage.get("/leaves?q=\(me.number)").body.string
                let today = try await strangerPage.get("/leaves/today").body.string
                let foreignUnit = try await stranger.json(.GET, "/api/v1/leaves?unit=\(me.classID!.rawValue)")
                // validate
                #expect(byID.status == .notFound && act.status == .notFound)
                #expect(page.status == .notFound && pageAct.status == .notFound)
                for text in [list, search, today] {
                    #expect(!text.contains(id.uuidString) && !text.contains("别班看不到的去向") && !text.contains(me.name))
                }
                #expect(foreignUnit.status == .notFound)
                #expect(try await student.leave(id).leave.status == .pending)
            }
        }

        @Test func ownCounselor_monitor_school_see_otherSchoolAndStudent_doNot() async throws {
            try await withApp(clock: ManualClock(LeaveWorld.now), demoMode: true) { app in
                // setup
                let student = try Browser(app)
                _ = try await student.apiLogin("student1")
                let id = try await student.appliedLeave(destination: "看得见的去向").leave.id
                var seen: [String: (HTTPResponseStatus, Bool, [String])] = [:]
                // MUT
                for login in ["counselor1", "org", "college1", "monitor1", "member1", "b-org", "b-counselor1"] {
                    let browser = try Browser(app)
                    _ = try await browser.apiLogin(login)
                    let answer = try await browser.json(.GET, "/api/v1/leaves/\(id.uuidString)")
                    let list = try await browser.json(.GET, "/api/v1/leaves?pageSize=500").body.string
                    let actions = (try? LeaveWorld.decode(LeaveDetailDTO.self, answer))?.actions ?? []
                    seen[login] = (answer.status, list.contains(id.uuidString), actions)
                }
                // validate
                #expect(seen["counselor1"]! == (.ok, true, ["approve", "refuse"]))
                #expect(seen["org"]! == (.ok, true, ["approve", "refuse"]))
                #expect(seen["monitor1"]!.0 == .ok && seen["monitor1"]!.2.isEmpty)
                #expect(seen["member1"]!.0 == .forbidden)
                #expect(seen["b-org"]!.0 == .notFound && !seen["b-org"]!.1)
                #expect(seen["b-counselor1"]!.0 == .notFound && !seen["b-counselor1"]!.1)
            }
        }

        @Test func student_seesOnlyTheirOwn() async throws {
            try await withApp(clock: ManualClock(LeaveWorld.now), demoMode: true) { app in
                // setup: a classmate's application, stored directly for them, and one of student1's own
                let student = try Browser(app)
                _ = try await student.apiLogin("student1")
                let other = try #require(LeaveWorld.world.people.first {
                    $0.person.kind == .student && $0.person.classID == TestWorld.person(of: "student1").classID
                        && $0.person.id != TestWorld.person(of: "student1").id
                }?.person)
                let actor = Actor(accountID: .init(UUID()), login: "other", displayName: other.name, personID: other.id,
                                  schoolID: other.schoolID, roles: [.student], scope: Scope(schools: .only([other.schoolID]), grants: [.person(other.id)]))
                let draft = LeaveDraft(firstDay: LeaveWorld.today, lastDay: LeaveWorld.today, destination: "同学的去向", reason: "事由")
                let (theirs, _) = try await app.stores.leaves.apply(draft, key: nil, context: AuditContext(actor: actor, address: "test", now: LeaveWorld.now))
                let mine = try await student.appliedLeave().leave.id
                // MUT
                let byID = try await student.json(.GET, "/api/v1/leaves/\(theirs.id.rawValue)")
                let list = try LeaveWorld.decode(PageProbe.self, try await student.json(.GET, "/api/v1/leaves?pageSize=500"))
                // validate
                #expect(byID.status == .notFound)
                #expect(list.items.map(\.id) == [mine])
            }
        }

        struct PageProbe: Decodable {
            struct Item: Decodable { var id: UUID }
            var items: [Item]
        }
    }
}
