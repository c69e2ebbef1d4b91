import Domain
import Foundation
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// An organisation's founding and dissolution dates, which the 工作欠账 board counts from.
    @Suite struct LifespanTests {
        @Test func orgAdmin_dissolvesABranch_andTheBoardOwesNothingAfterwards() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let branch = MeetingWorld.branch
                let browser = try Browser(app)
                try await browser.login("org")
                let token = try await browser.csrfToken()
                // MUT
                let saved = try await browser.post("/organizations/\(branch.id.rawValue)/lifespan",
                                                   form: ["_csrf": token, "foundedOn": "2010-09-01", "dissolvedOn": "2026-03-15"])
                // validate: the page shows it; April's themed party day is owed by nobody, March's still is judged
                #expect(saved.status == .seeOther)
                let page = String(buffer: try await browser.get("/organizations/\(branch.id.rawValue)").body)
                #expect(page.contains("2026-03-15"))
                let board = try await browser.get("/api/v1/compliance?org=\(branch.id.rawValue)&year=2026")
                let json = String(buffer: board.body)
                let cells = try JSONDecoder().decode(ComplianceDTO.self, from: Data(json.utf8)).branches.first { $0.id == branch.id.rawValue }!.cells
                #expect(cells.first { $0.kind == .themedPartyDay && $0.period == "2026-04" }?.status == .notApplicable)
                #expect(cells.first { $0.kind == .themedPartyDay && $0.period == "2026-03" }?.status != .notApplicable)
            }
        }

        @Test func lifespan_refusesDissolutionBeforeFounding_andOthersCannotSetIt() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let branch = MeetingWorld.branch
                let org = try Browser(app), secretary = try Browser(app), other = try Browser(app)
                try await org.login("org"); try await secretary.login("branch1"); try await other.login("b-org")
                // MUT + validate: wrong order is a clear 422 and changes nothing
                let refused = try await org.post("/organizations/\(branch.id.rawValue)/lifespan",
                                                 form: ["_csrf": try await org.csrfToken(), "foundedOn": "2026-05-10", "dissolvedOn": "2026-01-01"])
                #expect(refused.status == .unprocessableEntity)
                #expect(String(buffer: refused.body).contains("撤销日期不能早于成立日期"))
                // a branch secretary may not; another school's admin does not find it
                let forbidden = try await secretary.post("/organizations/\(branch.id.rawValue)/lifespan",
                                                         form: ["_csrf": try await secretary.csrfToken(), "foundedOn": "2026-05-10"])
                #expect(forbidden.status == .forbidden)
                let missing = try await other.post("/organizations/\(branch.id.rawValue)/lifespan",
                                                   form: ["_csrf": try await other.csrfToken(), "foundedOn": "2026-05-10"])
                #expect(missing.status == .notFound)
            }
        }
    }
}
