import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// The arrears list flags members 3 and 6 months behind in a row (across the year end), as the demo's payments
    /// make them; nobody is removed.
    @Suite struct DuesArrearsListTests {
        /// A member of the demo whose last `behind` months before November are all unpaid, and the branch they are in.
        static func behind(atLeast months: Int, below: Int) -> (Person, Organization.ID)? {
            let paid = Set(DuesWorld.dues.payments.map { "\($0.personID.rawValue)|\($0.month.iso)" })
            let reduced = Set(DuesWorld.dues.reductions.map(\.personID))
            return DuesWorld.world.people.map(\.person).compactMap { p -> (Person, Organization.ID)? in
                guard p.politicalStatus.isPartyMember, let org = p.organizationID, !reduced.contains(p.id),
                      (p.stages.probationary ?? LocalDate(year: 2000, month: 1, day: 1)!) < LocalDate(year: 2025, month: 1, day: 1)! else { return nil }
                let run = (1...12).prefix { !paid.contains("\(p.id.rawValue)|\(DuesWorld.month.adding(months: -$0).iso)") }.count
                return run >= months && run < below ? (p, org) : nil
            }.first
        }

        @Test(arguments: [(3, 6, 3), (6, 13, 6)])
        func behindInARow_isFlagged(atLeast: Int, below: Int, flag: Int) async throws {
            try await withApp(clock: ManualClock(DuesWorld.now), demoMode: true) { app in
                // setup
                let (person, branch) = try #require(Self.behind(atLeast: atLeast, below: below))
                let org = try Browser(app), page = try Browser(app)
                _ = try await org.apiLogin("org"); _ = try await page.login("org")
                // MUT
                let answer = try await org.json(.GET, "/api/v1/dues/arrears?org=\(branch.rawValue)")
                let html = try await page.get("/dues/arrears?org=\(branch.rawValue)").body.string
                // validate
                #expect(answer.status == .ok)
                let line = try #require(try DuesWorld.decode([DuesArrearsDTO].self, answer).first { $0.personId == person.id.rawValue })
                #expect(line.flag == flag && line.consecutive >= atLeast)
                #expect(line.months.contains("2026-10") && line.months.contains(DuesWorld.month.adding(months: -atLeast).iso))
                #expect(html.contains(person.name) && html.contains(flag == 6 ? "连续6个月未交" : "连续3个月未交"))
            }
        }
    }
}
