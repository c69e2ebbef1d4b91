import Domain
import Foundation
import Persistence
import Testing
import Vapor
import VaporTesting
@testable import Web

extension AllTests {
    /// A secretary plans and records organisational life through the pages, as a person with a browser would.
    @Suite struct MeetingPagesTests {
        let branch = MeetingWorld.branch

        /// The fields a secretary fills in for a themed party day of their branch held last week.
        func themedDayForm(topic: String = "学习贯彻全会精神主题党日") -> [(String, String)] {
            [("kind", MeetingKind.themedPartyDay.rawValue), ("status", Meeting.Status.held.rawValue),
             ("organizationID", branch.id.rawValue.uuidString), ("startsAt", "2026-11-10T14:30"), ("endsAt", "2026-11-10T16:00"),
             ("place", "学院党员活动室"), ("topic", topic), ("lecturer", ""), ("agenda", "一、重温入党誓词\n二、集中学习"),
             ("minutes", "会议由支部书记主持。"), ("elements[]", RequiredElement.renewOath.id)]
        }

        @Test func themedPartyDay_recordedThroughTheForm_isOnRecordButIncompleteWithoutDues() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup
                let secretary = try Browser(app)
                _ = try await secretary.login("branch1")
                let form = try await secretary.get("/meetings/new?org=\(branch.id.rawValue)")
                #expect(form.status == .ok)
                #expect(form.body.string.contains("name=\"elements[]\" value=\"pay_dues\""))
                // MUT
                let created = try await secretary.post("/meetings", pairs: themedDayForm())
                // validate
                #expect(created.status == .seeOther)
                let id = try #require(MeetingWorld.meetingID(fromLocation: created.location), "redirect to the record: \(created.location)")
                let record = try await secretary.get(created.location)
                #expect(record.status == .ok)
                let page = record.body.string
                #expect(page.contains("学习贯彻全会精神主题党日") && page.contains("主题党日") && page.contains("已召开"))
                #expect(page.contains("2026-11-10 14:30"), "the start is shown in the school's time zone as typed")
                #expect(page.contains("<li class=\"done\">✓ 重温入党誓词</li>"))
                #expect(page.contains("<li class=\"missing\">✗ 交纳党费</li>"), "the dues the form did not tick are shown missing")
                #expect(!page.contains("法定人数"), "a themed party day has no quorum")
                let list = try await secretary.get("/meetings?org=\(branch.id.rawValue)&kind=themed_party_day&from=2026-11-10&to=2026-11-10")
                #expect(list.body.string.contains("已召开 · 不完整"))
                let stored = try await app.stores.meetings.find(id, scope: .system)
                #expect(stored.hostOrganizationID == branch.id && stored.date == LocalDate(year: 2026, month: 11, day: 10)!)
                #expect(stored.missingElements.map(\.id) == [RequiredElement.payDues.id])
            }
        }

        @Test func attendance_excusedWithoutReason_isRefusedAndKeepsWhatWasTyped_thenSaved() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup
                let secretary = try Browser(app)
                _ = try await secretary.login("branch1")
                let location = try await secretary.post("/meetings", pairs: themedDayForm()).location
                let id = try #require(MeetingWorld.meetingID(fromLocation: location))
                let register = MeetingWorld.registerIDs(in: try await secretary.get(location).body.string)
                let member = TestWorld.person(of: "member1").id.rawValue
                try #require(register.contains(member), "member1 belongs to branch1's branch, so is on its register")
                let away = try #require(register.first { $0 != member })
                let path = "/meetings/\(id.rawValue)/attendance"
                // MUT: an excused line without a reason
                let refused = try await secretary.post(path, form: ["status_\(member)": "present", "status_\(away)": "excused",
                                                                    "reason_\(away)": "  "])
                // validate
                #expect(refused.status == .unprocessableEntity)
                let again = refused.body.string
                #expect(again.contains("请假须填写原因"))
                #expect(MeetingWorld.isChecked(again, person: member, status: .present), "the typed present is still ticked")
                #expect(MeetingWorld.isChecked(again, person: away, status: .excused), "the typed excused is still ticked")
                let untouched = try await app.stores.meetings.register(of: id, scope: .system).1
                #expect(untouched.allSatisfy { $0.attendance == nil }, "a refused register saves no line at all")

                // MUT: with a reason
                let saved = try await secretary.post(path, form: ["status_\(member)": "present", "status_\(away)": "excused",
                                                                  "reason_\(away)": "外出实习"])
                // validate
                #expect(saved.status == .seeOther)
                #expect(saved.location == "/meetings/\(id.rawValue)#attendance")
                let page = try await secretary.get("/meetings/\(id.rawValue)").body.string
                #expect(page.contains("出席1人，请假1人"))
                #expect(page.contains("value=\"外出实习\""))
                #expect(MeetingWorld.isChecked(page, person: member, status: .present))
                let lines = try await app.stores.meetings.register(of: id, scope: .system).1
                #expect(lines.first { $0.personID.rawValue == away }?.attendance?.reason == "外出实习")
                #expect(lines.first { $0.personID.rawValue == member }?.attendance?.status == .present)
            }
        }

        @Test func generalMeeting_showsTheQuorumLine() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup
                let secretary = try Browser(app)
                _ = try await secretary.login("branch1")
                var fields = themedDayForm(topic: "支部党员大会：讨论发展对象").filter { $0.0 != "elements[]" && $0.0 != "kind" }
                fields.append(("kind", MeetingKind.generalMeeting.rawValue))
                let location = try await secretary.post("/meetings", pairs: fields).location
                let register = MeetingWorld.registerIDs(in: try await secretary.get(location).body.string)
                let member = TestWorld.person(of: "member1")
                try #require(register.contains(member.id.rawValue) && member.politicalStatus == .fullMember)
                // MUT: member1, a full member, is present
                let saved = try await secretary.post(location + "/attendance", form: ["status_\(member.id.rawValue)": "present"])
                // validate
                #expect(saved.status == .seeOther)
                let page = try await secretary.get(location).body.string
                #expect(page.contains("法定人数："))
                #expect(page.contains("实到1人"))
                let entitled = try #require(page.range(of: #"应到（有表决权）\d+人"#, options: .regularExpression))
                let count = Int(page[entitled].filter { $0.isASCII && $0.isNumber })!
                #expect(count >= 1 && count <= register.count)
                #expect(page.contains("须超过半数即\(count / 2 + 1)人"))
            }
        }

        @Test func member_seesTheMeetingOfTheirBranch_inMyMeetings() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup
                let secretary = try Browser(app)
                _ = try await secretary.login("branch1")
                let location = try await secretary.post("/meetings", pairs: themedDayForm(topic: "我的支部的主题党日")).location
                let member = try Browser(app)
                _ = try await member.login("member1")
                // MUT
                let mine = try await member.get("/my/meetings")
                let record = try await member.get(location)
                // validate
                #expect(mine.status == .ok)
                #expect(mine.body.string.contains("我的支部的主题党日"))
                #expect(mine.body.string.contains("href=\"\(location)\""))
                #expect(record.status == .ok)
                #expect(!record.body.string.contains("name=\"status_"), "a member reads the record, never the register form")
                #expect(try await member.post(location + "/attendance", form: [:]).status == .forbidden)
            }
        }

        @Test func member_seesTheMeetingsOfTheirBranchesPartyGroups() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup: party groups have no members of their own, so the whole branch is on a group meeting's register
                let group = try #require(MeetingWorld.world.organizations.first { $0.parentID == branch.id && $0.kind == .group })
                let api = try Browser(app)
                _ = try await api.apiLogin("branch1")
                let planned = try await api.createMeeting(kind: .groupMeeting, organization: group.id, startsAt: "2026-11-25T19:00",
                                                          status: .planned, topic: "下周党小组会")
                let register = try MeetingWorld.decode(AttendanceDTO.self, try await api.json(.GET, "/api/v1/meetings/\(planned.id)/attendance"))
                try #require(register.entries.contains { $0.personId == TestWorld.person(of: "member1").id.rawValue })
                let member = try Browser(app)
                _ = try await member.login("member1")
                // MUT
                let mine = try await member.get("/my/meetings")
                let record = try await member.get("/meetings/\(planned.id)")
                // validate
                #expect(mine.body.string.contains("下周党小组会"), "a meeting the member is expected at is theirs before anyone records it")
                #expect(record.status == .ok)
            }
        }

        @Test func printAndExports_carryTheRecord() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup
                let secretary = try Browser(app)
                _ = try await secretary.login("branch1")
                let location = try await secretary.post("/meetings", pairs: themedDayForm(topic: "导出用主题党日")).location
                let member = TestWorld.person(of: "member1")
                _ = try await secretary.post(location + "/attendance", form: ["status_\(member.id.rawValue)": "present"])
                // MUT
                let printed = try await secretary.get(location + "/print")
                let list = try await secretary.get("/meetings/export/list.xlsx?org=\(branch.id.rawValue)&year=2026")
                let matrix = try await secretary.get("/meetings/export/attendance.xlsx?org=\(branch.id.rawValue)&year=2026")
                let outside = try await secretary.get("/meetings/export/list.xlsx?org=\(MeetingWorld.farBranch.id.rawValue)&year=2026")
                // validate
                #expect(printed.status == .ok)
                #expect(printed.body.string.contains("导出用主题党日") && printed.body.string.contains(member.name))
                #expect(printed.body.string.contains("✗交纳党费"))
                let rows = try Downloads.table(list, fileName: "list.xlsx")
                let row = try #require(rows.first { $0.contains("导出用主题党日") })
                #expect(row.contains("2026-11-10 14:30") && row.last?.contains("交纳党费") == true)
                let cells = try Downloads.table(matrix, fileName: "attendance.xlsx")
                let columns = try #require(cells.first).indices.filter { cells[0][$0] == "2026-11-10 主题党日" }
                let line = try #require(cells.first { $0.first == member.number })
                #expect(!columns.isEmpty && columns.contains { line[$0] == "✓" }, "member1 is marked present at the meeting")
                #expect(outside.status == .notFound)
            }
        }

        @Test func badForm_emptyTopic_answers422_andKeepsTheTypedValues() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup
                let secretary = try Browser(app)
                _ = try await secretary.login("branch1")
                let fields = themedDayForm(topic: "   ").filter { $0.0 != "place" } + [("place", "三号楼205会议室")]
                // MUT
                let refused = try await secretary.post("/meetings", pairs: fields)
                // validate
                #expect(refused.status == .unprocessableEntity)
                let page = refused.body.string
                #expect(page.contains("请填写主题"))
                #expect(page.contains("value=\"三号楼205会议室\""))
                #expect(page.contains("value=\"2026-11-10T14:30\""))
                #expect(page.contains("value=\"themed_party_day\" selected=\"selected\""))
                #expect(page.contains("value=\"\(branch.id.rawValue.uuidString)\" selected=\"selected\""))
                #expect(page.contains("name=\"elements[]\" value=\"renew_oath\" checked"))
                #expect(page.contains("一、重温入党誓词"))
                let stored = try await app.stores.meetings.all(.init(organizationID: branch.id, from: LocalDate(year: 2026, month: 11, day: 10),
                                                                     to: LocalDate(year: 2026, month: 11, day: 10), kind: .themedPartyDay), scope: .system)
                #expect(!stored.contains { $0.place == "三号楼205会议室" }, "nothing was stored")
            }
        }
    }
}
