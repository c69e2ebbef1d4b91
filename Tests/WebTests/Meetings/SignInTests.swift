import Domain
import Foundation
import Persistence
import Testing
import Vapor
import VaporTesting
@testable import Web

extension AllTests {
    /// Members sign in on their phones: the 6-digit code from the meeting screen, or the QR code's short-lived link.
    @Suite struct SignInTests {
        let branch = MeetingWorld.branch

        /// branch1 records a meeting of their branch under way (it began half an hour before t0, 19:06 in Shanghai),
        /// opens sign-in and reads the code off the screen page.
        func openMeeting(_ app: Application) async throws -> (id: Meeting.ID, code: String, secretary: Browser) {
            let api = try Browser(app), secretary = try Browser(app)
            _ = try await api.apiLogin("branch1")
            _ = try await secretary.login("branch1")
            let meeting = try await api.createMeeting(kind: .themedPartyDay, organization: branch.id,
                                                            startsAt: "2026-11-18T18:30", topic: "签到测试主题党日")
            let opened = try await secretary.post("/meetings/\(meeting.id)/sign-in-window", form: [:])
            try #require(opened.status == .seeOther && opened.location == "/meetings/\(meeting.id)/screen")
            let screen = try await secretary.get(opened.location)
            try #require(screen.status == .ok)
            #expect(screen.body.string.contains("<svg"), "the screen shows the QR code")
            let code = try #require(MeetingWorld.signInCode(in: screen.body.string), "the code on the screen")
            return (.init(meeting.id), code, secretary)
        }

        @Test func code_signsTheMemberIn_once_andRefusesWrongCodesAndStrangers() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup
                let (id, code, _) = try await openMeeting(app)
                let member = try Browser(app)
                _ = try await member.login("member1")
                let form = try await member.get("/sign-in")
                #expect(form.status == .ok && form.body.string.contains("name=\"code\""))
                let wrongCode = String(format: "%06d", (Int(code)! + 1) % 1_000_000)
                // MUT + validate: a wrong code
                let wrong = try await member.post("/sign-in", form: ["code": wrongCode])
                #expect(wrong.status == .unprocessableEntity)
                #expect(wrong.body.string.contains("签到码不正确或已过期"))
                #expect(wrong.body.string.contains("value=\"\(wrongCode)\""), "the typed code stays in the field")
                // MUT + validate: the code, with the spaces people type
                let first = try await member.post("/sign-in", form: ["code": String(code.prefix(3)) + " " + String(code.suffix(3))])
                #expect(first.status == .ok)
                #expect(first.body.string.contains("签到成功"))
                #expect(first.body.string.contains("签到测试主题党日"))
                let line = try await app.stores.meetings.register(of: id, scope: .system).1
                    .first { $0.personID == TestWorld.person(of: "member1").id }
                #expect(line?.attendance?.status == .present)
                #expect(line?.attendance?.signedInAt == t0)
                // MUT + validate: twice
                let second = try await member.post("/sign-in", form: ["code": code])
                #expect(second.status == .ok)
                #expect(second.body.string.contains("您已签到"))
                // MUT + validate: a student, and a member of another branch, neither on the register
                for login in ["student1", "org"] {
                    let person = TestWorld.person(of: login)
                    #expect(person.organizationID != branch.id, "\(login) is not of branch1's branch")
                    let stranger = try Browser(app)
                    _ = try await stranger.login(login)
                    let refused = try await stranger.post("/sign-in", form: ["code": code])
                    #expect(refused.status == .unprocessableEntity, "\(login)")
                    #expect(refused.body.string.contains("您不在本次会议的应到名单中"), "\(login)")
                }
                #expect(TestWorld.person(of: "org").politicalStatus.isPartyMember, "org's person is a member of another branch")
                let present = try await app.stores.meetings.register(of: id, scope: .system).1.filter { $0.attendance != nil }
                #expect(present.map(\.personID) == [TestWorld.person(of: "member1").id], "nobody else got a line")
            }
        }

        @Test func link_signsIn_untilItExpires_andAForgedOneIsRefused() async throws {
            let clock = ManualClock(t0)
            try await withApp(clock: clock, demoMode: true) { app in
                // setup
                let (id, _, _) = try await openMeeting(app)
                let member = try Browser(app)
                _ = try await member.login("member1")
                let old = app.stores.meetings.linkToken(id, now: t0)
                clock.advance(by: SignIn.linkLifetime + 1)
                let fresh = app.stores.meetings.linkToken(id, now: t0 + SignIn.linkLifetime + 1)
                let expiry = fresh.split(separator: ".")[0]
                // MUT + validate: the link of five minutes and a second ago
                let expired = try await member.post("/sign-in", form: ["m": id.rawValue.uuidString, "t": old])
                #expect(expired.status == .unprocessableEntity)
                #expect(expired.body.string.contains("签到二维码已过期"))
                // MUT + validate: forged tokens (a made-up signature; a real one of another meeting; a later expiry)
                let otherMeeting = app.stores.meetings.linkToken(.init(UUID()), now: t0 + SignIn.linkLifetime + 1)
                let laterExpiry = "\(Int(expiry)! + 3600)." + fresh.split(separator: ".")[1]
                for token in ["\(expiry).AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", otherMeeting, laterExpiry, "garbage"] {
                    let forged = try await member.post("/sign-in", form: ["m": id.rawValue.uuidString, "t": token])
                    #expect(forged.status == .unprocessableEntity, "\(token)")
                }
                #expect(try await app.stores.meetings.register(of: id, scope: .system).1.allSatisfy { $0.attendance == nil })
                // MUT + validate: the fresh link, as the QR code carries it: the confirm page, then the post
                let confirm = try await member.get("/sign-in?m=\(id.rawValue)&t=\(fresh)")
                #expect(confirm.status == .ok)
                #expect(confirm.body.string.contains("name=\"t\" value=\"\(fresh)\""))
                #expect(confirm.body.string.contains("确认签到"))
                let signed = try await member.post("/sign-in", form: ["m": id.rawValue.uuidString, "t": fresh])
                #expect(signed.status == .ok)
                #expect(signed.body.string.contains("签到成功"))
                let events = try await app.stores.auditTrail.list(.init(action: .signInRefused), page: ListRequest(), scope: .system)
                #expect(events.items.filter { $0.target == "meeting:\(id.rawValue.uuidString)" }.count == 5, "every refusal is audited")
            }
        }

        @Test func api_signsInWithTheCode() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup
                let (id, code, _) = try await openMeeting(app)
                let member = try Browser(app)
                _ = try await member.apiLogin("member1")
                // MUT
                let wrong = try await member.json(.POST, "/api/v1/meetings/\(id.rawValue)/sign-in",
                                                  ["code": String(format: "%06d", (Int(code)! + 1) % 1_000_000)])
                let first = try await member.json(.POST, "/api/v1/meetings/\(id.rawValue)/sign-in", ["code": code])
                let second = try await member.json(.POST, "/api/v1/meetings/\(id.rawValue)/sign-in", ["code": code])
                // validate
                #expect(wrong.status == .unprocessableEntity)
                #expect(try MeetingWorld.decode(APIError.self, wrong).field == "code")
                #expect(first.status == .ok)
                let result = try MeetingWorld.decode(SignInResponse.self, first)
                #expect(result.result == .signedIn && result.meetingId == id.rawValue)
                #expect(try MeetingWorld.decode(SignInResponse.self, second).result == .alreadySignedIn)
                let mine = try await member.json(.GET, "/api/v1/meetings/\(id.rawValue)/attendance")
                let lines = try MeetingWorld.decode(AttendanceDTO.self, mine).entries
                #expect(lines.map(\.personId) == [TestWorld.person(of: "member1").id.rawValue], "a member reads their own line only")
                #expect(lines.first?.status == .present && lines.first?.signedInAt == t0)
            }
        }

        @Test func code_expiresAfterThreeHours_andTheScreenOffersToOpenAgain() async throws {
            let clock = ManualClock(t0)
            try await withApp(clock: clock, demoMode: true) { app in
                // setup
                let (id, code, _) = try await openMeeting(app)
                clock.advance(by: SignIn.codeLifetime + 1)
                // (sessions end after a while without use: both log in again, three hours on)
                let member = try Browser(app), secretary = try Browser(app)
                _ = try await member.login("member1")
                _ = try await secretary.login("branch1")
                // MUT
                let late = try await member.post("/sign-in", form: ["code": code])
                let screen = try await secretary.get("/meetings/\(id.rawValue)/screen")
                // validate
                #expect(late.status == .unprocessableEntity)
                #expect(late.body.string.contains("签到码不正确或已过期"))
                #expect(screen.status == .ok && !screen.body.string.contains("sign-in-code"))
                #expect(screen.body.string.contains("action=\"/meetings/\(id.rawValue)/sign-in-window\""))
            }
        }
    }
}
