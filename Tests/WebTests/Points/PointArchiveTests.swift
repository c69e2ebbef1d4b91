import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// The yearly archive: the demo's 2025 is frozen, so corrections of it are refused while 2026's are taken;
    /// a year is frozen once, only after it ended; shortlists come from the frozen totals.
    @Suite struct PointArchiveTests {
        @Test func frozenYear_refusesCorrections() async throws {
            try await withApp(clock: ManualClock(PointWorld.now), demoMode: true) { app in
                // setup
                let secretary = try Browser(app), org = try Browser(app)
                _ = try await secretary.apiLogin("branch1"); _ = try await org.login("org")
                let member = PointWorld.member.id.rawValue
                let entries = try await secretary.ledger(of: member).entries.items.filter { $0.status == .approved && $0.corrects == nil }
                let old = try #require(entries.first { $0.day.hasPrefix("2025-") && $0.points > 0 })
                let recent = try #require(entries.first { $0.day.hasPrefix("2026-") && $0.points > 0 })
                // MUT
                let frozenCorrection = try await secretary.json(.POST, "/api/v1/points/entries/\(old.id)/corrections",
                                                               ["points": -1, "reason": "重复登记"])
                let openCorrection = try await secretary.json(.POST, "/api/v1/points/entries/\(recent.id)/corrections",
                                                             ["points": -recent.points, "reason": "重复登记"])
                let belowZero = try await secretary.json(.POST, "/api/v1/points/entries/\(recent.id)/corrections",
                                                        ["points": -1, "reason": "再扣一分"])
                let again = try await org.post("/points/archive", form: ["year": "2025"])
                let current = try await org.post("/points/archive", form: ["year": "2026"])
                let older = try await org.post("/points/archive", form: ["year": "2024"])
                let page = try await org.get("/points/archive")
                // validate
                #expect(frozenCorrection.status == .conflict && frozenCorrection.body.string.contains("已归档冻结"))
                let correction = try PointWorld.decode(PointEntryDTO.self, openCorrection)
                #expect(openCorrection.status == .created && correction.corrects == recent.id && correction.points == -recent.points)
                #expect(belowZero.status == .unprocessableEntity)
                #expect(again.status == .conflict && current.status == .unprocessableEntity && older.status == .seeOther)
                #expect(page.body.string.contains("2025") && page.body.string.contains("优秀共产党员"))
                let audit = try await app.stores.auditTrail.list(.init(action: .pointsCorrected), page: ListRequest(size: 50), scope: .system)
                #expect(audit.items.filter { $0.target == "point_entry:\(recent.id.uuidString)" }.count == 1)
            }
        }

        @Test func shortlists_topNAndThreshold_fromTheFrozenYear() async throws {
            try await withApp(clock: ManualClock(PointWorld.now), demoMode: true) { app in
                // setup
                let api = try Browser(app)
                _ = try await api.apiLogin("org")
                let archive = try await app.stores.points.archive(school: PointWorld.world.school.id, year: 2025)
                let best = try #require(archive.totals.map(\.points).max())
                let body: [String: Any] = ["year": 2025, "title": "优秀共产党员", "subject": "member", "criterion": "top", "value": 1]
                // MUT
                let top = try await api.json(.POST, "/api/v1/points/nominations", body, headers: ["Idempotency-Key": "n-2025-1"])
                let replay = try await api.json(.POST, "/api/v1/points/nominations", body, headers: ["Idempotency-Key": "n-2025-1"])
                let threshold = try await api.json(.POST, "/api/v1/points/nominations",
                                                   ["year": 2025, "title": "党员标兵", "subject": "member", "criterion": "threshold", "value": best])
                let unarchived = try await api.json(.POST, "/api/v1/points/nominations",
                                                    ["year": 2023, "title": "优秀共产党员", "subject": "member", "criterion": "top", "value": 3])
                let nomination = try PointWorld.decode(NominationDTO.self, top)
                let outsider = try await api.json(.POST, "/api/v1/points/nominations/\(nomination.id)/decision",
                                                  ["chosen": [UUID().uuidString], "reason": "不在名单"])
                let decided = try await api.json(.POST, "/api/v1/points/nominations/\(nomination.id)/decision",
                                                 ["chosen": nomination.shortlist.map(\.id.uuidString), "reason": "支部推荐，党委会研究确定"])
                let member = try Browser(app)
                _ = try await member.apiLogin("member1")
                let forbidden = try await member.json(.POST, "/api/v1/points/nominations", body)
                // validate
                #expect(top.status == .created && replay.headers.first(name: "Idempotent-Replayed") == "true")
                #expect(!nomination.shortlist.isEmpty && nomination.shortlist.allSatisfy { $0.points == best && $0.rank == 1 })
                let byThreshold = try PointWorld.decode(NominationDTO.self, threshold)
                #expect(Set(byThreshold.shortlist.map(\.id)) == Set(nomination.shortlist.map(\.id)))
                #expect(unarchived.status == .unprocessableEntity && outsider.status == .unprocessableEntity)
                let final = try PointWorld.decode(NominationDTO.self, decided)
                #expect(decided.status == .ok && final.chosen == nomination.shortlist.map(\.id) && final.reason == "支部推荐，党委会研究确定")
                #expect(forbidden.status == .forbidden)
            }
        }
    }
}
