import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// Who sees whose points: a secretary their branch's ledgers (another branch's is a 404), a member their own
    /// balance and rank and the rankings they stand in.
    @Suite struct PointScopeTests {
        @Test func secretary_cannotReadAnotherBranchsLedger() async throws {
            try await withApp(clock: ManualClock(PointWorld.now), demoMode: true) { app in
                // setup
                let secretary = try Browser(app), member = try Browser(app)
                _ = try await secretary.apiLogin("branch1"); _ = try await member.apiLogin("member1")
                let far = PointWorld.farMember.id.rawValue, own = PointWorld.member.id.rawValue
                let farBranch = MeetingWorld.farBranch.id.rawValue
                // MUT
                let farLedger = try await secretary.json(.GET, "/api/v1/points/ledger?person=\(far.uuidString)")
                let ownLedger = try await secretary.json(.GET, "/api/v1/points/ledger?person=\(own.uuidString)")
                let farRanking = try await secretary.json(.GET, "/api/v1/points/ranking?org=\(farBranch.uuidString)")
                let farPage = try await Browser(app).loggedIn("branch1").get("/points/people/\(far.uuidString)")
                let memberReadsOther = try await member.json(.GET, "/api/v1/points/ledger?person=\(far.uuidString)")
                let farClaim = try await secretary.claimPoints(.studyMinutes, quantity: 30, person: far)
                let student = try Browser(app)
                _ = try await student.apiLogin("student1")
                let studentLedger = try await student.json(.GET, "/api/v1/points/ledger")
                // validate
                #expect(farLedger.status == .notFound && farRanking.status == .notFound && farPage.status == .notFound)
                #expect(ownLedger.status == .ok && memberReadsOther.status == .notFound && farClaim.status == .notFound)
                #expect(studentLedger.status == .forbidden, "a role without viewPoints gets 403")
            }
        }

        @Test func member_seesBalanceAndRank_tiesShareARank() async throws {
            try await withApp(clock: ManualClock(PointWorld.now), demoMode: true) { app in
                // setup: member1 and a branch colleague earn the same in December, so they share first place
                try await PointWorld.setRule(app, .honour, points: 20)
                let secretary = try Browser(app), member = try Browser(app)
                _ = try await secretary.apiLogin("branch1"); _ = try await member.apiLogin("member1")
                let branch = MeetingWorld.branch
                let colleague = try #require(PointWorld.world.people.first {
                    $0.person.organizationID == branch.id && $0.person.politicalStatus.isPartyMember && $0.person.id != PointWorld.member.id
                        && PointWorld.world.account("branch1")?.personID != $0.person.id
                }).person
                #expect(try await secretary.claimPoints(.honour, quantity: 1, person: PointWorld.member.id.rawValue).status == .created)
                #expect(try await secretary.claimPoints(.honour, quantity: 1, person: colleague.id.rawValue).status == .created)
                // MUT
                let ranking = try PointWorld.decode(PointRankingDTO.self, try await member.json(.GET, "/api/v1/points/ranking?period=2026-12"))
                let monthly = try await member.json(.GET, "/api/v1/points/ranking?org=\(branch.id.rawValue)&period=2026")
                let badPeriod = try await member.json(.GET, "/api/v1/points/ranking?period=2026-Q5")
                let page = try await Browser(app).loggedIn("member1").get("/points/mine?period=2026-12")
                let export = try await Browser(app).loggedIn("branch1").get("/points/ranking.xlsx?period=2026-12")
                // validate
                #expect(ranking.organizationId == branch.id.rawValue && ranking.period == "2026-12")
                let top = ranking.lines.filter { $0.rank == 1 }
                #expect(Set(top.map(\.personId)) == [PointWorld.member.id.rawValue, colleague.id.rawValue] && top.allSatisfy { $0.points == 20 })
                #expect(ranking.lines.first { $0.rank > 1 }?.rank == 3)
                #expect(monthly.status == .ok && badPeriod.status == .unprocessableEntity)
                #expect(page.status == .ok && page.body.string.contains("id=\"points-balance\">20<"))
                #expect(page.body.string.contains(branch.name + "：第1名"))
                #expect(export.status == .ok && export.headers.first(name: .contentDisposition)?.contains(".xlsx") == true)
            }
        }
    }
}
