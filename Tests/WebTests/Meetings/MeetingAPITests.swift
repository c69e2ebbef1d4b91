import Domain
import Foundation
import Persistence
import Testing
import Vapor
import VaporTesting
@testable import Web

extension AllTests {
    /// `/api/v1/meetings`: the same rules and scope as the pages, answered in JSON.
    @Suite struct MeetingAPITests {
        let branch = MeetingWorld.branch

        @Test func create_withoutTopic_answers422WithTheField() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup
                let api = try Browser(app)
                _ = try await api.apiLogin("branch1")
                let body: [String: Any] = ["kind": "themed_party_day", "organizationId": branch.id.rawValue.uuidString,
                                           "startsAt": "2026-11-10T06:30:00Z", "status": "held", "place": "活动室"]
                // MUT
                let missing = try await api.json(.POST, "/api/v1/meetings", body)
                let blank = try await api.json(.POST, "/api/v1/meetings", body.merging(["topic": "  "]) { $1 })
                let future = try await api.json(.POST, "/api/v1/meetings", body.merging(["topic": "未来", "startsAt": "2026-12-01T06:30:00Z"]) { $1 })
                let noKind = try await api.json(.POST, "/api/v1/meetings", body.filter { $0.key != "kind" }.merging(["topic": "无类型"]) { $1 })
                // validate
                for answer in [missing, blank] {
                    #expect(answer.status == .unprocessableEntity)
                    let error = try MeetingWorld.decode(APIError.self, answer)
                    #expect(error.error == "invalid" && error.field == "topic" && error.reason == "请填写主题")
                }
                #expect(future.status == .unprocessableEntity)
                #expect(try MeetingWorld.decode(APIError.self, future).field == "status")
                #expect(noKind.status == .unprocessableEntity)
                #expect(try MeetingWorld.decode(APIError.self, noKind).field == "kind")
                let stored = try await app.stores.meetings.all(.init(organizationID: branch.id, from: LocalDate(year: 2026, month: 11, day: 10),
                                                                     to: LocalDate(year: 2026, month: 12, day: 1)), scope: .system)
                #expect(!stored.contains { ["未来", "无类型"].contains($0.topic) || $0.place == "活动室" })
            }
        }

        @Test func list_filtersByKindAndDates() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup
                let api = try Browser(app)
                _ = try await api.apiLogin("branch1")
                let day = try await api.createMeeting(kind: .themedPartyDay, organization: branch.id, startsAt: "2026-11-03T14:00", topic: "十一月主题党日")
                let lecture = try await api.createMeeting(kind: .partyLecture, organization: branch.id, startsAt: "2026-11-04T19:00", topic: "十一月党课")
                let org = branch.id.rawValue.uuidString
                // MUT
                let days = try MeetingWorld.decode(Page.self, try await api.json(.GET,
                    "/api/v1/meetings?org=\(org)&kind=themed_party_day&from=2026-11-01&to=2026-11-30&pageSize=200"))
                let window = try MeetingWorld.decode(Page.self, try await api.json(.GET,
                    "/api/v1/meetings?org=\(org)&from=2026-11-04&to=2026-11-04&pageSize=200"))
                let all = try MeetingWorld.decode(Page.self, try await api.json(.GET, "/api/v1/meetings?pageSize=500"))
                let badKind = try await api.json(.GET, "/api/v1/meetings?kind=picnic")
                let badDate = try await api.json(.GET, "/api/v1/meetings?from=2026-13-01")
                // validate
                #expect(days.items.contains { $0.id == day.id })
                #expect(!days.items.contains { $0.id == lecture.id })
                #expect(days.items.allSatisfy { $0.kind == .themedPartyDay && $0.date.iso >= "2026-11-01" && $0.date.iso <= "2026-11-30" })
                #expect(window.items.contains { $0.id == lecture.id } && !window.items.contains { $0.id == day.id })
                #expect(window.items.allSatisfy { $0.date.iso == "2026-11-04" })
                #expect(all.total > 2, "the demo's meetings of the branch are listed too")
                #expect(all.items.allSatisfy { $0.organizationIds.contains { id in
                    MeetingWorld.world.organizations.first { $0.id.rawValue == id }?.path.rawValue.hasPrefix(branch.path.rawValue) == true
                } }, "a secretary lists their branch's meetings only")
                #expect(badKind.status == .badRequest)
                #expect(badDate.status == .badRequest)
            }
        }

        @Test func patch_changesOnlyWhatItNames() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup
                let api = try Browser(app)
                _ = try await api.apiLogin("branch1")
                let created = try await api.createMeeting(kind: .themedPartyDay, organization: branch.id, startsAt: "2026-11-05T14:00",
                                                          status: .held, topic: "原主题", elements: [RequiredElement.renewOath.id])
                #expect(!created.isComplete)
                // MUT
                let patched = try await api.json(.PATCH, "/api/v1/meetings/\(created.id)",
                                                 ["topic": "新主题", "elementsDone": ["renew_oath", "pay_dues"]])
                let refused = try await api.json(.PATCH, "/api/v1/meetings/\(created.id)", ["place": ""])
                // validate
                #expect(patched.status == .ok)
                let after = try MeetingWorld.decode(MeetingDTO.self, patched)
                #expect(after.topic == "新主题" && after.isComplete)
                #expect(after.place == created.place && after.startsAt == created.startsAt && after.kind == created.kind
                        && after.status == created.status && after.organizationIds == created.organizationIds)
                #expect(refused.status == .unprocessableEntity)
                #expect(try MeetingWorld.decode(APIError.self, refused).field == "place")
                let read = try MeetingWorld.decode(MeetingDTO.self, try await api.json(.GET, "/api/v1/meetings/\(created.id)"))
                #expect(read.topic == "新主题" && read.place == created.place)
            }
        }

        @Test func putAttendance_refusesSomeoneNotOnTheRegister() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup
                let api = try Browser(app)
                _ = try await api.apiLogin("branch1")
                let meeting = try await api.createMeeting(kind: .generalMeeting, organization: branch.id, startsAt: "2026-11-06T14:00", topic: "党员大会")
                let member = TestWorld.person(of: "member1").id.rawValue
                let stranger = TestWorld.person(of: "org").id.rawValue
                let path = "/api/v1/meetings/\(meeting.id)/attendance"
                // MUT
                let refused = try await api.json(.PUT, path, ["entries": [
                    ["personId": member.uuidString, "status": "present"],
                    ["personId": stranger.uuidString, "status": "present"],
                ]])
                let noReason = try await api.json(.PUT, path, ["entries": [["personId": member.uuidString, "status": "excused"]]])
                let saved = try await api.json(.PUT, path, ["entries": [["personId": member.uuidString, "status": "present"]]])
                // validate
                #expect(refused.status == .unprocessableEntity)
                let error = try MeetingWorld.decode(APIError.self, refused)
                #expect(error.field == "person" && error.reason.contains("不在本次会议的应到名单中"))
                #expect(noReason.status == .unprocessableEntity)
                #expect(try MeetingWorld.decode(APIError.self, noReason).field == "reason")
                #expect(saved.status == .ok)
                let register = try MeetingWorld.decode(AttendanceDTO.self, saved)
                #expect(register.entries.first { $0.personId == member }?.status == .present)
                #expect(!register.entries.contains { $0.personId == stranger })
                #expect(register.entries.filter { $0.status != nil }.count == 1, "the refused request saved nothing")
                let quorum = try #require(register.quorum)
                #expect(quorum.present == 1 && quorum.needed == quorum.entitled / 2 + 1)
            }
        }

        @Test func outOfScopeMeeting_answers404_likeAMissingOne() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup: org records a meeting of a branch of another college
                let org = try Browser(app)
                _ = try await org.apiLogin("org")
                let far = try await org.createMeeting(kind: .partyLecture, organization: MeetingWorld.farBranch.id,
                                                      startsAt: "2026-11-07T19:00", topic: "别的学院的党课")
                let api = try Browser(app)
                _ = try await api.apiLogin("branch1")
                let foreign = try Browser(app)
                _ = try await foreign.apiLogin("b-org")
                let path = "/api/v1/meetings/\(far.id)"
                // MUT + validate
                for (who, browser) in [("branch1", api), ("b-org", foreign)] {
                    #expect(try await browser.json(.GET, path).status == .notFound, "\(who) GET")
                    #expect(try await browser.json(.PATCH, path, ["topic": "改了"]).status == .notFound, "\(who) PATCH")
                    #expect(try await browser.json(.GET, path + "/attendance").status == .notFound, "\(who) GET attendance")
                    #expect(try await browser.json(.PUT, path + "/attendance", ["entries": []]).status == .notFound, "\(who) PUT attendance")
                }
                let outside = try MeetingWorld.decode(APIError.self, try await api.json(.GET, path))
                let missing = try MeetingWorld.decode(APIError.self, try await api.json(.GET, "/api/v1/meetings/\(UUID())"))
                #expect(outside.error == missing.error && outside.reason == missing.reason)
                let secretaryCreates = try await api.json(.POST, "/api/v1/meetings", [
                    "kind": "party_lecture", "organizationId": MeetingWorld.farBranch.id.rawValue.uuidString,
                    "startsAt": "2026-11-07T11:00:00Z", "status": "held", "place": "x", "topic": "替别的支部记一次"])
                #expect(secretaryCreates.status == .unprocessableEntity, "no one ticks off another branch's obligations")
                #expect(try await app.stores.meetings.find(.init(far.id), scope: .system).topic == "别的学院的党课")
            }
        }

        struct Page: Decodable {
            var items: [MeetingDTO]
            var total: Int
        }
    }
}
