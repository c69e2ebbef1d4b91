import Domain
import Foundation
import Testing
import Vapor
@testable import Web

extension AllTests {
    @Suite struct ZZProbe {
        @Test func probe() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                let branch = MeetingWorld.branch
                let groups = MeetingWorld.world.organizations.filter { $0.parentID == branch.id }
                print("PROBE groups of branch: \(groups.map(\.name))")
                let api = try Browser(app)
                _ = try await api.apiLogin("branch1")
                let web = try Browser(app)
                _ = try await web.login("branch1")
                let member = try Browser(app)
                _ = try await member.login("member1")
                if let group = groups.first {
                    let planned = try await api.createMeeting(kind: .groupMeeting, organization: group.id, startsAt: "2026-11-25T19:00", status: .planned, topic: "PROBE小组会")
                    let mine = try await member.get("/my/meetings").body.string
                    print("PROBE group meeting in my meetings: \(mine.contains("PROBE小组会"))")
                    print("PROBE group meeting record for member: \(try await member.get("/meetings/\(planned.id)").status)")
                    let held = try await api.createMeeting(kind: .groupMeeting, organization: group.id, startsAt: "2026-11-17T19:00", status: .held, topic: "PROBE已开小组会")
                    let reg = try await api.json(.GET, "/api/v1/meetings/\(held.id)/attendance")
                    let entries = try MeetingWorld.decode(AttendanceDTO.self, reg).entries
                    print("PROBE group register size: \(entries.count), member1 on it: \(entries.contains { $0.personId == TestWorld.person(of: "member1").id.rawValue })")
                }
                let m = try await api.createMeeting(kind: .generalMeeting, organization: branch.id, startsAt: "2026-11-16T14:00", topic: "PROBE大会")
                _ = try await api.json(.PUT, "/api/v1/meetings/\(m.id)/attendance", ["entries": [["personId": TestWorld.person(of: "member1").id.rawValue.uuidString, "status": "present"]]])
                let print1 = try await web.get("/meetings/\(m.id)/print")
                print("PROBE print: \(print1.status) quorum: \(print1.body.string.contains("法定人数"))")
                let list = try await web.get("/meetings/export/list.xlsx?org=\(branch.id.rawValue)&year=2026")
                print("PROBE list.xlsx: \(list.status) \(list.headers.first(name: .contentType) ?? "")")
                if list.status == .ok { let t = try Downloads.table(list, fileName: "a.xlsx"); print("PROBE list rows: \(t.count) has: \(t.contains { $0.contains("PROBE大会") })") }
                let matrix = try await web.get("/meetings/export/attendance.xlsx?org=\(branch.id.rawValue)&year=2026")
                print("PROBE attendance.xlsx: \(matrix.status)")
                if matrix.status == .ok { let t = try Downloads.table(matrix, fileName: "a.xlsx"); print("PROBE matrix rows: \(t.count) cols: \(t.first?.count ?? 0) header: \(t.first?.suffix(2) ?? [])") }
                let noOrg = try await web.get("/meetings/export/list.xlsx")
                print("PROBE export without org: \(noOrg.status)")
                let memberIndex = try await member.get("/meetings")
                print("PROBE member /meetings: \(memberIndex.status)")
                let edit = try await web.get("/meetings/\(m.id)/edit")
                print("PROBE edit: \(edit.status)")
                let far = MeetingWorld.farBranch
                let joint = try await web.post("/meetings", pairs: [("kind", "general_meeting"), ("status", "held"), ("organizationID", branch.id.rawValue.uuidString), ("otherOrganizationIDs[]", far.id.rawValue.uuidString), ("startsAt", "2026-11-10T14:30"), ("place", "x"), ("topic", "PROBE联合")])
                print("PROBE joint with far branch: \(joint.status)")
                let patch = try await api.json(.PATCH, "/api/v1/meetings/\(m.id)", ["organizationId": far.id.rawValue.uuidString])
                print("PROBE patch to far: \(patch.status) \(patch.body.string)")
                let inactivity = try await web.get("/compliance/inactivity")
                print("PROBE inactivity: \(inactivity.status)")
                let rules = try await web.get("/settings/meeting-rules")
                print("PROBE rules as branch1: \(rules.status)")
                let org = try Browser(app); _ = try await org.login("org")
                let rulesOrg = try await org.get("/settings/meeting-rules")
                print("PROBE rules as org: \(rulesOrg.status)")
                let college = try Browser(app); _ = try await college.login("college1")
                let rulesCollegeSave = try await college.post("/settings/meeting-rules", form: ["graceDays": "0", "reminderDays": "7"])
                print("PROBE rules save college1: \(rulesCollegeSave.status)")
                let schoolBoard = try await org.get("/compliance")
                print("PROBE org board: \(schoolBoard.status) bytes \(schoolBoard.body.readableBytes)")
                let apiOrg = try Browser(app); _ = try await apiOrg.apiLogin("org")
                let start = Date()
                let bigJSON = try await apiOrg.json(.GET, "/api/v1/compliance")
                print("PROBE org api board: \(bigJSON.status) \(bigJSON.body.readableBytes) bytes in \(Date().timeIntervalSince(start))s")
                // screen for a meeting without open sign-in
                let screen = try await web.get("/meetings/\(m.id)/screen")
                print("PROBE screen closed: \(screen.status)")
                // sign-in page without login
                let anon = try Browser(app)
                let link = try await anon.get("/sign-in?m=\(m.id)&t=abc")
                print("PROBE anon link: \(link.status) \(link.location)")
            }
        }
    }
}
