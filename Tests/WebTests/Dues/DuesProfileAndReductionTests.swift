import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// The year's base set by the branch changes the amount; a reduction applies only once the branch discussed
    /// it and the committee above approved it; a bad base comes back beside its field with what was typed.
    @Suite struct DuesProfileAndReductionTests {
        @Test func profile_setByTheBranch_changesTheMonthlyAmount_badBaseKeptBesideTheField() async throws {
            try await withApp(clock: ManualClock(DuesWorld.now), demoMode: true) { app in
                // setup
                let page = try Browser(app), api = try Browser(app)
                _ = try await page.login("branch1"); _ = try await api.apiLogin("branch1")
                let member = DuesWorld.member1.id.rawValue.uuidString, org = DuesWorld.branch.rawValue.uuidString
                let path = "/dues/profiles?org=\(org)&year=2026"
                // MUT
                let bad = try await page.post(path, form: ["person": member, "year": "2026", "category": "salaried", "base": "8000.001"])
                let good = try await page.post(path, form: ["person": member, "year": "2026", "category": "salaried", "base": "8000"])
                // validate
                #expect(bad.status == .unprocessableEntity && bad.body.string.contains("8000.001") && bad.body.string.contains("最多两位小数"))
                #expect(good.status == .seeOther)
                let row = try #require(try await api.duesSheet().members.first { $0.personId == DuesWorld.member1.id.rawValue })
                #expect(row.category == .salaried && row.baseFen == 800_000 && row.monthlyFen == 12_000)
                #expect(row.rule == "5000 < 基数 ≤ 10000：1.5%")
            }
        }

        @Test func reduction_appliesOnlyOnceDiscussedAndApprovedAbove() async throws {
            try await withApp(clock: ManualClock(DuesWorld.now), demoMode: true) { app in
                // setup: member1 asks to be exempt for November and December
                let member = try Browser(app), secretary = try Browser(app), college = try Browser(app), api = try Browser(app)
                _ = try await member.login("member1"); _ = try await secretary.login("branch1"); _ = try await college.login("college1")
                _ = try await api.apiLogin("branch1")
                let applied = try await member.post("/dues/reductions", form: ["kind": "exempt", "from": "2026-11", "to": "2026-12",
                                                                               "reason": "本人住院治疗，家庭困难"])
                let id = try #require(try await app.stores.dues.reductions(under: nil, scope: .system, person: DuesWorld.member1.id).first?.id)
                func status() async throws -> String? {
                    try await api.duesSheet().members.first { $0.personId == DuesWorld.member1.id.rawValue }?
                        .months.first { $0.month == "2026-11" }?.status
                }
                let wasPaid = try await status() == "paid"
                // MUT
                let early = try await college.post("/dues/reductions/\(id.rawValue)/decision", form: ["decision": "approve", "reference": "x"])
                let secretaryApproves = try await secretary.post("/dues/reductions/\(id.rawValue)/decision", form: ["decision": "approve"])
                let memberDiscusses = try await member.post("/dues/reductions/\(id.rawValue)/discussion", form: ["day": "2026-11-18"])
                let afterApplying = try await status()
                let discussed = try await secretary.post("/dues/reductions/\(id.rawValue)/discussion", form: ["day": "2026-11-18", "note": "同意"])
                let afterDiscussion = try await status()
                let approved = try await college.post("/dues/reductions/\(id.rawValue)/decision",
                                                      form: ["decision": "approve", "reference": "学院党委〔2026〕7号"])
                // validate
                #expect(applied.status == .seeOther)
                #expect(early.status == .conflict && early.body.string.contains("须经支部讨论"))
                #expect(secretaryApproves.status == .forbidden && memberDiscusses.status == .forbidden)
                #expect(discussed.status == .seeOther && approved.status == .seeOther)
                if !wasPaid {
                    #expect(afterApplying == "owed" && afterDiscussion == "owed")
                    #expect(try await status() == "exempt")
                }
                let stored = try await app.stores.dues.reductions(under: nil, scope: .system, person: DuesWorld.member1.id).first
                #expect(stored?.status == .approved && stored?.approvalReference == "学院党委〔2026〕7号" && stored?.discussedBy == "branch1")
            }
        }
    }
}
