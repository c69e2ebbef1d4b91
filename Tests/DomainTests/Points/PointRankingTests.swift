@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// Rankings (ties share a rank), periods, the frozen archive and the shortlists of 推优选先.
    @Suite struct PointRankingTests {
        static let totals: [(subject: UUID, name: String, points: Int)] = [
            (RuleFixture.uuid(1), "甲", 30), (RuleFixture.uuid(2), "乙", 50), (RuleFixture.uuid(3), "丙", 30),
            (RuleFixture.uuid(4), "丁", 20), (RuleFixture.uuid(5), "戊", 50), (RuleFixture.uuid(6), "己", 0),
        ]

        @Test func ranking_tiesShareARank() {
            // MUT
            let ranking = PointRanking(Self.totals)
            // validate
            #expect(ranking.lines.map(\.rank) == [1, 1, 3, 3, 5, 6])
            #expect(ranking.lines.map(\.points) == [50, 50, 30, 30, 20, 0])
            #expect(ranking.rank(of: RuleFixture.uuid(3)) == 3 && ranking.rank(of: RuleFixture.uuid(9)) == nil)
        }

        @Test(arguments: [
            (Nomination.Criterion.top(1), [2, 5]),      // both tied first
            (.top(3), [2, 5, 1, 3]),                    // the tie at 3rd comes along
            (.top(10), [2, 5, 1, 3, 4]),                // no one with 0 points
            (.threshold(30), [2, 5, 1, 3]),
            (.threshold(51), []),
        ])
        func shortlist_topNAndThreshold(criterion: Nomination.Criterion, ids: [Int]) {
            // MUT
            let list = Nomination.shortlist(PointRanking(Self.totals), by: criterion)
            // validate
            #expect(Set(list.map(\.id)) == Set(ids.map(RuleFixture.uuid)))
            #expect(list.count == ids.count)
        }

        @Test func deciding_onlyFromShortlistOnce() throws {
            var n = Nomination(id: .init(UUID()), schoolID: RuleFixture.school1, year: 2025, title: "优秀共产党员", subject: .member,
                               criterion: .top(3), shortlist: Nomination.shortlist(PointRanking(Self.totals), by: .top(3)),
                               createdBy: "org", createdAt: RuleFixture.t0)
            #expect(throws: DomainError.self) { try n.deciding([RuleFixture.uuid(4)], reason: "群众公认", by: "org", at: RuleFixture.t0) }
            #expect(throws: DomainError.self) { try n.deciding([RuleFixture.uuid(2)], reason: "", by: "org", at: RuleFixture.t0) }
            // MUT
            n = try n.deciding([RuleFixture.uuid(2)], reason: "群众公认", by: "org", at: RuleFixture.t0)
            // validate
            #expect(n.chosen == [RuleFixture.uuid(2)] && n.reason == "群众公认" && n.isDecided)
            #expect(throws: DomainError.self) { try n.deciding([RuleFixture.uuid(5)], reason: "改选", by: "org", at: RuleFixture.t0) }
        }

        @Test func branchTotals_sumMembers() {
            let a = Organization.ID(RuleFixture.uuid(70)), b = Organization.ID(RuleFixture.uuid(71))
            let archive = PointArchive(id: .init(UUID()), schoolID: RuleFixture.school1, year: 2025, frozenAt: RuleFixture.t0, frozenBy: "org",
                                       totals: [.init(personID: .init(RuleFixture.uuid(1)), name: "甲", organizationID: a, points: 10),
                                                .init(personID: .init(RuleFixture.uuid(2)), name: "乙", organizationID: a, points: 15),
                                                .init(personID: .init(RuleFixture.uuid(3)), name: "丙", organizationID: b, points: 25)])
            let ranking = Nomination.branchTotals(archive, names: [a: "一支部", b: "二支部"])
            #expect(ranking.lines.map(\.points) == [25, 25] && ranking.lines.map(\.rank) == [1, 1])
        }

        @Test func frozenArchive_refusesChangesToItsYear() throws {
            let frozen: Set<Int> = [2025]
            #expect(throws: DomainError.self) { try PointArchive.check(RuleFixture.date("2025-12-31"), frozenYears: frozen) }
            try PointArchive.check(RuleFixture.date("2026-01-01"), frozenYears: frozen)
            #expect(throws: DomainError.self) { try PointArchive.checkFreezable(2025, today: PointFixture.today, frozenYears: frozen) }
            #expect(throws: DomainError.self) { try PointArchive.checkFreezable(2026, today: PointFixture.today, frozenYears: []) }
            try PointArchive.checkFreezable(2024, today: PointFixture.today, frozenYears: frozen)
        }

        @Test(arguments: [("2026", "2026", 1, 12), ("2026-Q3", "2026-Q3", 7, 9), ("2026-11", "2026-11", 11, 11)])
        func periodKey_parsed(key: String, description: String, first: Int, last: Int) throws {
            let period = try #require(Period(key: key))
            #expect(period.description == description && period.months == first...last)
        }

        @Test(arguments: ["", "26", "2026-Q5", "2026-13", "2026-1", "2026-H1", "x2026"])
        func periodKey_badRefused(key: String) { #expect(Period(key: key) == nil) }
    }
}
