import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// The dues ledger: a use of dues needs its approval, a retried line stores once, balances add up, and the
    /// year exports to .xlsx.
    @Suite struct DuesLedgerTests {
        @Test func allocation_needsApproval_retryStoresOnce_balanceAddsUp() async throws {
            try await withApp(clock: ManualClock(DuesWorld.now), demoMode: true) { app in
                // setup
                let college = try Browser(app)
                _ = try await college.apiLogin("college1")
                let org = try #require(DuesWorld.world.account("college1")?.assignments.first?.organizationID).rawValue.uuidString
                var body: [String: Any] = ["org": org, "kind": "allocated", "amount": "120000", "occurredOn": "2026-11-18",
                                           "counterparty": "一线基层党支部", "purpose": "下拨党费支持一线党支部"]
                var headers = HTTPHeaders(); headers.replaceOrAdd(name: "Idempotency-Key", value: "ledger-\(UUID().uuidString)")
                let before = try DuesWorld.decode(DuesLedgerDTO.self, try await college.json(.GET, "/api/v1/dues/ledger?org=\(org)&year=2026"))
                // MUT
                let refused = try await college.json(.POST, "/api/v1/dues/ledger", body, headers: headers)
                body["approvalReference"] = "学院党委会议纪要〔2026〕9号"; body["documentNames"] = ["批复.pdf", "签收单.pdf"]
                let first = try await college.json(.POST, "/api/v1/dues/ledger", body, headers: headers)
                let retry = try await college.json(.POST, "/api/v1/dues/ledger", body, headers: headers)
                let after = try DuesWorld.decode(DuesLedgerDTO.self, try await college.json(.GET, "/api/v1/dues/ledger?org=\(org)&year=2026"))
                // validate
                let refusal = try DuesWorld.decode(APIError.self, refused)
                #expect(refused.status == .unprocessableEntity && refusal.field == "approvalReference")
                #expect(first.status == .created && retry.status == .created)
                let one = try DuesWorld.decode(DuesLedgerEntryDTO.self, first), two = try DuesWorld.decode(DuesLedgerEntryDTO.self, retry)
                #expect(one.id == two.id && retry.headers.first(name: "Idempotent-Replayed") == "true")
                #expect(after.entries.count == before.entries.count + 1)
                let b = try #require(after.balance), a = try #require(before.balance)
                #expect(b.outflowFen == a.outflowFen + 12_000_000)
                #expect(b.closingFen == b.openingFen + b.inflowFen - b.outflowFen)
                #expect(b.totalsFen["allocated"] == (a.totalsFen["allocated"] ?? 0) + 12_000_000)
            }
        }

        @Test func page_showsBalances_exportIsAnXLSXOfTheYear() async throws {
            try await withApp(clock: ManualClock(DuesWorld.now), demoMode: true) { app in
                // setup: the school's ledger holds the demo's 12万元 allocation
                let org = DuesWorld.world.organizations[0].id.rawValue
                let page = try Browser(app)
                _ = try await page.login("org")
                // MUT
                let html = try await page.get("/dues/ledger?org=\(org)&year=2026").body.string
                let file = try await Downloads.download("/dues/ledger/export.xlsx?org=\(org)&year=2026", as: "org", in: app)
                let member = try await Downloads.download("/dues/ledger/export.xlsx?org=\(org)&year=2026", as: "member1", in: app)
                // validate
                #expect(html.contains("下拨") && html.contains("120000.00") && html.contains("结余"))
                #expect(file.status == .ok)
                let rows = try Downloads.table(file, fileName: "ledger.xlsx")
                #expect(rows.first?.first == "日期")
                #expect(rows.contains { $0.contains("-120000.00") && $0.contains { $0.contains("一线基层党组织") } })
                #expect(member.status == .forbidden)
            }
        }
    }
}
