import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// Points written by other modules' writes: attendance at a meeting and a ticket answered on time, once each
    /// however often the write is repeated.
    @Suite struct PointAutomaticTests {
        @Test func meetingAttendance_awardsOnce() async throws {
            try await withApp(clock: ManualClock(PointWorld.now), demoMode: true) { app in
                // setup
                try await PointWorld.setRule(app, .meetingAttended, points: 5, daily: 10, monthly: 40)
                let secretary = try Browser(app), member = try Browser(app)
                _ = try await secretary.apiLogin("branch1"); _ = try await member.apiLogin("member1")
                let before = try await member.ledger().balance
                let meeting = try await secretary.createMeeting(kind: .themedPartyDay, organization: MeetingWorld.branch.id,
                                                                startsAt: "2026-12-15T14:30", topic: "积分测试主题党日")
                let present = ["entries": [["personId": PointWorld.member.id.rawValue.uuidString, "status": "present"]]]
                // MUT
                let first = try await secretary.json(.PUT, "/api/v1/meetings/\(meeting.id)/attendance", present)
                let retried = try await secretary.json(.PUT, "/api/v1/meetings/\(meeting.id)/attendance", present)
                // validate
                #expect(first.status == .ok && retried.status == .ok)
                let ledger = try await member.ledger()
                let awarded = ledger.entries.items.filter { $0.source == "meeting:\(meeting.id.uuidString)" }
                #expect(awarded.count == 1 && awarded.first?.points == 5 && awarded.first?.day == "2026-12-15")
                #expect(ledger.balance == before + 5)
            }
        }

        /// Marked present, then absent, then present again: the award is taken back and restored by corrections
        /// naming it, never edited, and the balance follows the line.
        @Test func attendanceChanged_takesThePointsBack_andRestoresThem() async throws {
            try await withApp(clock: ManualClock(PointWorld.now), demoMode: true) { app in
                // setup
                try await PointWorld.setRule(app, .meetingAttended, points: 5, daily: 10, monthly: 40)
                let secretary = try Browser(app), member = try Browser(app)
                _ = try await secretary.apiLogin("branch1"); _ = try await member.apiLogin("member1")
                let before = try await member.ledger().balance
                let meeting = try await secretary.createMeeting(kind: .themedPartyDay, organization: MeetingWorld.branch.id,
                                                                startsAt: "2026-12-15T14:30", topic: "积分更正主题党日")
                func mark(_ status: String) async throws -> HTTPResponseStatus {
                    let line: [String: Any] = ["personId": PointWorld.member.id.rawValue.uuidString, "status": status]
                    if status != "present" { return try await secretary.json(.PUT, "/api/v1/meetings/\(meeting.id)/attendance",
                                                                               ["entries": [line.merging(["reason": "出差"]) { a, _ in a }]]).status }
                    return try await secretary.json(.PUT, "/api/v1/meetings/\(meeting.id)/attendance", ["entries": [line]]).status
                }
                // MUT / validate
                #expect(try await mark("present") == .ok)
                #expect(try await member.ledger().balance == before + 5)
                #expect(try await mark("excused") == .ok)
                #expect(try await member.ledger().balance == before)
                #expect(try await mark("excused") == .ok, "the same line again changes nothing")
                #expect(try await mark("present") == .ok)
                let ledger = try await member.ledger()
                #expect(ledger.balance == before + 5)
                let award = try #require(ledger.entries.items.first { $0.source == "meeting:\(meeting.id.uuidString)" })
                let corrections = ledger.entries.items.filter { $0.corrects == award.id }
                #expect(corrections.map(\.points).sorted() == [-5, 5])
            }
        }

        @Test func ticketAnsweredOnTime_awardsTheResponderOnce() async throws {
            try await withApp(clock: ManualClock(TicketWorld.wednesday), demoMode: true) { app in
                // setup
                try await PointWorld.setRule(app, .ticketAnsweredOnTime, points: 2, daily: 10)
                let student = try Browser(app), responder = try Browser(app), org = try Browser(app)
                _ = try await student.apiLogin("student1"); _ = try await responder.apiLogin("responder1")
                _ = try await org.apiLogin("org")
                let id = try await student.raiseTicket(try await TicketWorld.category(app), title: "图书馆空调不制冷").ticket.id
                // MUT
                _ = try await responder.act(id, ["type": "accept"])
                let answered = try await responder.act(id, ["type": "answer", "text": "已报修，明日到场。"])
                let reopened = try await student.act(id, ["type": "reopen", "text": "仍未修好"])
                let again = try await responder.act(id, ["type": "answer", "text": "已更换压缩机。"])
                // validate
                #expect(answered.status == .ok && reopened.status == .ok && again.status == .ok)
                let responderID = try #require(TicketWorld.world.account("responder1")?.personID)
                let ledger = try await org.ledger(of: responderID.rawValue)
                let awarded = ledger.entries.items.filter { $0.source == "ticket:\(id.uuidString)" }
                #expect(awarded.count == 1 && awarded.first?.event == .ticketAnsweredOnTime && awarded.first?.points == 2)
            }
        }
    }
}
