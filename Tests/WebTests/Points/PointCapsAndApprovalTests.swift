import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// Caps per day and month, approval by the branch secretary, through real HTTP.
    @Suite struct PointCapsAndApprovalTests {
        @Test func caps_holdPerDayAndMonth() async throws {
            try await withApp(clock: ManualClock(PointWorld.now), demoMode: true) { app in
                // setup: 2 points an hour, at most 8 a day and 20 a month, no approval
                try await PointWorld.setRule(app, .volunteerHour, points: 2, unit: .hour, daily: 8, monthly: 20)
                let member = try Browser(app)
                _ = try await member.apiLogin("member1")
                let before = try await member.ledger()
                // MUT
                let first = try await member.claimPoints(.volunteerHour, quantity: 3)
                let reduced = try await member.claimPoints(.volunteerHour, quantity: 3)
                let dayFull = try await member.claimPoints(.volunteerHour, quantity: 1)
                let yesterday = try await member.claimPoints(.volunteerHour, quantity: 5, day: -1)
                let monthLeft = try await member.claimPoints(.volunteerHour, quantity: 5, day: -2)
                let monthFull = try await member.claimPoints(.volunteerHour, quantity: 1, day: -3)
                // validate
                let granted = try [first, reduced, yesterday, monthLeft].map { try PointWorld.decode(PointEntryDTO.self, $0) }
                #expect(granted.map(\.points) == [6, 2, 8, 4], "yesterday is held by its day cap, the day before by the month")
                #expect(granted.allSatisfy { $0.status == .approved })
                #expect(granted[1].note?.contains("每日上限8分") == true && granted[3].note?.contains("每月上限20分") == true)
                #expect(dayFull.status == .conflict && dayFull.body.string.contains("每日上限"))
                #expect(monthFull.status == .conflict && monthFull.body.string.contains("每月上限"))
                let ledger = try await member.ledger()
                #expect(ledger.balance - before.balance == 20 && ledger.entries.total - before.entries.total == 4)
            }
        }

        @Test func approval_bySecretary_withReasonToRefuse() async throws {
            try await withApp(clock: ManualClock(PointWorld.now), demoMode: true) { app in
                // setup
                try await PointWorld.setRule(app, .storyPublished, points: 10, monthly: 20, approval: true)
                let member = try Browser(app), secretary = try Browser(app)
                _ = try await member.apiLogin("member1"); _ = try await secretary.apiLogin("branch1")
                // MUT
                let before = try await member.ledger().balance
                let claimed = try PointWorld.decode(PointEntryDTO.self, try await member.claimPoints(.storyPublished, quantity: 1))
                let pending = try await member.ledger().balance
                let selfApproval = try await member.json(.POST, "/api/v1/points/entries/\(claimed.id)/decision", ["decision": "approve"])
                let approved = try await secretary.json(.POST, "/api/v1/points/entries/\(claimed.id)/decision", ["decision": "approve"])
                let twice = try await secretary.json(.POST, "/api/v1/points/entries/\(claimed.id)/decision", ["decision": "approve"])
                let second = try PointWorld.decode(PointEntryDTO.self, try await member.claimPoints(.storyPublished, quantity: 1, day: -1))
                let bare = try await secretary.json(.POST, "/api/v1/points/entries/\(second.id)/decision", ["decision": "refuse", "reason": " "])
                let refused = try await secretary.json(.POST, "/api/v1/points/entries/\(second.id)/decision",
                                                      ["decision": "refuse", "reason": "未见报道链接"])
                let pendingPage = try await Browser(app).loggedIn("branch1").get("/points/pending")
                // validate
                #expect(claimed.status == .pending && claimed.requestedPoints == 10 && pending == before, "pending counts nothing")
                #expect(selfApproval.status == .forbidden)
                let approvedEntry = try PointWorld.decode(PointEntryDTO.self, approved)
                #expect(approved.status == .ok && approvedEntry.decidedBy == "branch1" && approvedEntry.points == 10)
                #expect(twice.status == .conflict)
                #expect(bare.status == .unprocessableEntity)
                let refusedEntry = try PointWorld.decode(PointEntryDTO.self, refused)
                #expect(refused.status == .ok && refusedEntry.status == .refused && refusedEntry.note == "未见报道链接")
                #expect(try await member.ledger().balance == before + 10)
                #expect(pendingPage.status == .ok && !pendingPage.body.string.contains(claimed.id.uuidString))
                let audit = try await app.stores.auditTrail.list(.init(action: .pointsDecided), page: ListRequest(size: 50), scope: .system)
                #expect(audit.items.filter { $0.target == "point_entry:\(claimed.id.uuidString)" }.count == 1)
            }
        }

        @Test func pageForm_badClaim_reRenderedWithWhatWasTyped() async throws {
            try await withApp(clock: ManualClock(PointWorld.now), demoMode: true) { app in
                // setup
                try await PointWorld.setRule(app, .volunteerHour, points: 2, unit: .hour, daily: 8)
                let member = try Browser(app)
                _ = try await member.login("member1")
                let api = try Browser(app)
                _ = try await api.apiLogin("member1")
                let before = try await api.ledger()
                let form = ["event": PointEvent.volunteerHour.rawValue, "quantity": "2", "day": PointWorld.day(0),
                            "evidence": " ", "submission": UUID().uuidString]
                // MUT
                let page = try await member.get("/points/entries/new")
                let refused = try await member.post("/points/entries", form: form)
                var good = form; good["evidence"] = "敬老院服务记录"
                let stored = try await member.post("/points/entries", form: good)
                let replay = try await member.post("/points/entries", form: good)
                // validate
                #expect(page.status == .ok && page.body.string.contains("name=\"evidence\""))
                #expect(refused.status == .unprocessableEntity && refused.body.string.contains("请填写佐证材料说明"))
                #expect(refused.body.string.contains("value=\"2\""))
                #expect(stored.status == .seeOther && replay.status == .seeOther)
                let ledger = try await api.ledger()
                #expect(ledger.entries.total == before.entries.total + 1 && ledger.balance == before.balance + 4, "the replay stored nothing")
            }
        }
    }
}

extension Browser {
    /// A browser logged in through the login form.
    func loggedIn(_ login: String) async throws -> Browser {
        _ = try await self.login(login)
        return self
    }
}
