import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// A student applies, the counsellor decides, leaving and returning are recorded; the off-campus view and the
    /// daily reports' helpers agree on who is away.
    @Suite struct LeaveFlowTests {
        @Test func apply_approve_leave_return() async throws {
            let clock = ManualClock(LeaveWorld.now)
            try await withApp(clock: clock, demoMode: true) { app in
                // setup
                let student = try Browser(app), counselor = try Browser(app)
                _ = try await student.apiLogin("student1"); _ = try await counselor.apiLogin("counselor1")
                let me = TestWorld.person(of: "student1")
                // MUT
                let applied = try await student.appliedLeave(first: 0, last: 2)
                let id = applied.leave.id
                let approved = try await counselor.leaveEvent(id, "approve", note: "注意安全")
                let left = try await student.leaveEvent(id, "leave")
                let awayToday = try LeaveWorld.decode(LeaveTodayDTO.self, try await counselor.json(.GET, "/api/v1/leaves/today"))
                let counts = try await app.stores.leaves.onLeaveCounts(school: me.schoolID, day: LeaveWorld.today)
                // The next day: sessions have long expired, so both log in again.
                clock.advance(by: 86_400)
                _ = try await student.apiLogin("student1"); _ = try await counselor.apiLogin("counselor1")
                let returned = try await counselor.leaveEvent(id, "return")
                let tomorrow = LeaveWorld.today.adding(days: 1)
                let awayTomorrow = try await app.stores.leaves.onLeavePersonIDs(school: me.schoolID, day: tomorrow, gridPath: nil)
                // validate
                #expect(applied.leave.status == .pending && applied.actions == ["cancel"])
                #expect(approved.status == .ok && left.status == .ok && returned.status == .ok)
                let final = try await student.leave(id)
                #expect(final.leave.status == .returned && final.leave.returnedDay == tomorrow.iso)
                #expect(final.leave.decidedBy == "counselor1" && final.leave.decisionNote == "注意安全")
                #expect(awayToday.items.contains { $0.id == id } && awayToday.people >= 1)
                #expect(counts[me.classID!.rawValue] == 1)
                #expect(!awayTomorrow.contains(me.id.rawValue))
                for login in ["counselor1", "student1"] {
                    let person = TestWorld.person(of: login)
                    let reader = Actor(accountID: .init(UUID()), login: login, displayName: "", personID: person.id,
                                       schoolID: person.schoolID, roles: [], scope: .nothing)
                    #expect(try await app.stores.notices.mine(reader).contains { $0.link == "/leaves/\(id.uuidString)" }, "notice to \(login)")
                }
                let applied_ = try await app.stores.auditTrail.list(.init(action: .leaveApplied), page: ListRequest(size: 500), scope: .system)
                let updated = try await app.stores.auditTrail.list(.init(action: .leaveUpdated), page: ListRequest(size: 500), scope: .system)
                #expect((applied_.items + updated.items).filter { $0.target == "leave:\(id.uuidString)" }.count == 4)
            }
        }

        @Test func refuse_needsAReason() async throws {
            try await withApp(clock: ManualClock(LeaveWorld.now), demoMode: true) { app in
                // setup
                let student = try Browser(app), counselor = try Browser(app)
                _ = try await student.apiLogin("student1"); _ = try await counselor.login("counselor1")
                let id = try await student.appliedLeave().leave.id
                // MUT
                let bare = try await counselor.post("/leaves/\(id.uuidString)/events", form: ["type": "refuse", "note": " "])
                let reasoned = try await counselor.post("/leaves/\(id.uuidString)/events", form: ["type": "refuse", "note": "考试周不宜离校"])
                // validate
                #expect(bare.status == .unprocessableEntity && bare.body.string.contains("请填写不批准的理由"))
                #expect(reasoned.status == .seeOther)
                let leave = try await student.leave(id)
                #expect(leave.leave.status == .refused && leave.leave.decisionNote == "考试周不宜离校" && leave.actions.isEmpty)
            }
        }

        @Test func pageForm_badDates_reRenderWithWhatWasTyped() async throws {
            try await withApp(clock: ManualClock(LeaveWorld.now), demoMode: true) { app in
                // setup
                let student = try Browser(app)
                _ = try await student.login("student1")
                let form = ["firstDay": LeaveWorld.day(3), "lastDay": LeaveWorld.day(1), "destination": "杭州西湖",
                            "reason": "参加比赛", "submission": UUID().uuidString]
                // MUT
                let page = try await student.get("/leaves/new")
                let answer = try await student.post("/leaves", form: form)
                var past = form; past["firstDay"] = LeaveWorld.day(-1); past["submission"] = UUID().uuidString
                let yesterday = try await student.post("/leaves", form: past)
                let good = try await student.post("/leaves", form: ["firstDay": LeaveWorld.day(1), "lastDay": LeaveWorld.day(1),
                                                                    "destination": "杭州西湖", "reason": "参加比赛", "submission": UUID().uuidString])
                // validate
                #expect(page.status == .ok && page.body.string.contains("离校申请"))
                let html = answer.body.string
                #expect(answer.status == .unprocessableEntity && html.contains("返校日期不能早于离校日期"))
                #expect(html.contains("杭州西湖") && html.contains("参加比赛") && html.contains(LeaveWorld.day(3)))
                #expect(yesterday.status == .unprocessableEntity && yesterday.body.string.contains("离校日期不能早于今天"))
                #expect(good.status == .seeOther && good.headers.first(name: .location)?.hasPrefix("/leaves/") == true)
            }
        }

        @Test func studentList_showsOwnApplications_andApplyButton() async throws {
            try await withApp(clock: ManualClock(LeaveWorld.now), demoMode: true) { app in
                // setup
                let student = try Browser(app), api = try Browser(app)
                _ = try await student.login("student1"); _ = try await api.apiLogin("student1")
                _ = try await api.appliedLeave(destination: "成都宽窄巷子")
                // MUT
                let page = try await student.get("/leaves").body.string
                // validate
                #expect(page.contains("我的离校申请") && page.contains("申请离校") && page.contains("成都宽窄巷子"))
            }
        }

        @Test func staffMovement_recordedByTheSchool_visibleToIt() async throws {
            try await withApp(clock: ManualClock(LeaveWorld.now), demoMode: true) { app in
                // setup
                let org = try Browser(app), counselor = try Browser(app)
                _ = try await org.login("org"); _ = try await counselor.apiLogin("counselor1")
                let staff = try #require(LeaveWorld.world.people.first { $0.person.kind == .staff }?.person)
                // MUT
                let form = try await org.get("/leaves/staff/new")
                let answer = try await org.post("/leaves/staff", form: ["number": staff.number, "firstDay": LeaveWorld.day(0),
                                                                        "lastDay": LeaveWorld.day(1), "destination": "教育部",
                                                                        "reason": "出差", "submission": UUID().uuidString])
                let location = answer.headers.first(name: .location) ?? ""
                let shown = try await org.get(location).body.string
                let byCounselor = try await counselor.json(.GET, "/api/v1" + location)
                // validate
                #expect(form.status == .ok)
                #expect(answer.status == .seeOther && location.hasPrefix("/leaves/"))
                #expect(shown.contains(staff.name) && shown.contains("已离校") && shown.contains("教育部"))
                #expect(byCounselor.status == .notFound)
            }
        }
    }
}
