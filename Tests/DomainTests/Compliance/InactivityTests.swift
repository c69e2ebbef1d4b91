@testable import Domain
import Testing

extension RuleTests {
    /// RULES.md §1/§2 escalation: a member absent six months is flagged (党章第九条); a branch quiet for three months
    /// is reported, for six handled by the organisation. Nothing is changed by itself.
    @Suite struct InactivityTests {
        typealias F = ComplianceFixture

        static func member(_ n: Int, since: String?, lastPresent: String?) throws -> Inactivity.Member {
            Inactivity.Member(personID: Person.ID(RuleFixture.uuid(300 + n)), name: "党员\(n)", organizationID: F.org(1),
                              memberSince: try since.map { try RuleFixture.date($0) },
                              lastPresent: try lastPresent.map { try RuleFixture.date($0) })
        }

        /// Judged on 15 July 2026: six months back is 15 January 2026.
        @Test(arguments: [
            ("2020-09-01", "2026-01-15", true),
            ("2020-09-01", "2026-01-16", false),
            ("2020-09-01", "2025-10-01", true),
            ("2020-09-01", "2026-07-14", false),
            ("2026-03-01", nil, false),
            ("2026-01-15", nil, true),
            ("2025-12-01", nil, true),
            (nil, "2025-12-01", true),
            (nil, nil, false),
        ] as [(String?, String?, Bool)])
        func absentMembers_sixMonthsOrMore(_ since: String?, _ lastPresent: String?, _ flagged: Bool) throws {
            // setup
            let member = try Self.member(1, since: since, lastPresent: lastPresent)
            // MUT
            let absent = Inactivity.absentMembers([member], today: try RuleFixture.date("2026-07-15"))
            // validate
            #expect(absent == (flagged ? [member] : []))
        }

        /// Months count forward as everywhere else (`LocalDate.adding(months:)`, `StageRules`): six months after
        /// 28 February is 28 August, after 1 March 1 September, after 31 December 30 June, after 31 August 28 February.
        @Test(arguments: [("2026-02-28", "2026-08-31", true), ("2026-03-01", "2026-08-31", false),
                          ("2026-03-01", "2026-09-01", true), ("2025-12-31", "2026-06-30", true),
                          ("2025-12-31", "2026-06-29", false), ("2026-01-01", "2026-06-30", false),
                          ("2026-01-01", "2026-07-01", true), ("2025-08-31", "2026-02-28", true),
                          ("2025-08-31", "2026-02-27", false)])
        func absentMembers_monthEnds(_ lastPresent: String, _ today: String, _ flagged: Bool) throws {
            // setup
            let member = try Self.member(1, since: "2020-09-01", lastPresent: lastPresent)
            // MUT
            let absent = Inactivity.absentMembers([member], today: try RuleFixture.date(today))
            // validate
            #expect(absent.count == (flagged ? 1 : 0))
        }

        @Test func absentMembers_longestAbsentFirst() throws {
            // setup
            let recent = try Self.member(1, since: "2020-09-01", lastPresent: "2026-01-10")
            let oldest = try Self.member(2, since: "2020-09-01", lastPresent: "2025-06-01")
            let present = try Self.member(3, since: "2020-09-01", lastPresent: "2026-07-01")
            let neverCame = try Self.member(4, since: "2025-11-20", lastPresent: nil)
            // MUT
            let absent = Inactivity.absentMembers([recent, oldest, present, neverCame], today: try RuleFixture.date("2026-07-15"))
            // validate
            #expect(absent.map(\.personID) == [oldest, neverCame, recent].map(\.personID))
        }

        /// Judged on 15 July 2026: three months back is 15 April, six months back 15 January.
        @Test(arguments: [
            ("2026-04-15", nil, nil, Inactivity.Level?.some(.report)),
            ("2026-04-16", nil, nil, nil),
            ("2026-01-16", nil, nil, .report),
            ("2026-01-15", nil, nil, .handle),
            ("2025-03-01", nil, nil, .handle),
            ("2026-07-01", "2020-01-01", nil, nil),
            (nil, "2026-03-01", nil, .report),
            (nil, "2026-05-01", nil, nil),
            (nil, "2025-12-01", nil, .handle),
            ("2025-01-01", nil, "2026-06-30", nil),
            ("2025-01-01", nil, "2026-07-15", nil),
            ("2026-01-01", nil, "2026-12-31", .handle),
        ] as [(String?, String?, String?, Inactivity.Level?)])
        func quietBranches_reportAfterThreeMonthsHandleAfterSix(_ last: String?, _ founded: String?, _ dissolved: String?,
                                                               _ expected: Inactivity.Level?) throws {
            // setup
            let branch = try F.branch(1, founded: founded, dissolved: dissolved)
            let lastMeeting = try last.map { [F.org(1): try RuleFixture.date($0)] } ?? [:]
            // MUT
            let quiet = Inactivity.quietBranches([branch], lastMeeting: lastMeeting, today: try RuleFixture.date("2026-07-15"))
            // validate
            #expect(quiet.map(\.level) == (expected.map { [$0] } ?? []))
            #expect(quiet.allSatisfy { $0.subject == branch && $0.lastMeeting == lastMeeting[F.org(1)] })
        }

        /// Three months after 31 March is 30 June; six months after 31 August is 28 February.
        @Test(arguments: [("2026-03-31", "2026-06-30", Inactivity.Level?.some(.report)), ("2026-03-31", "2026-06-29", nil),
                          ("2025-08-31", "2026-02-28", .handle), ("2025-08-31", "2026-02-27", .report)])
        func quietBranches_monthEnds(_ last: String, _ today: String, _ expected: Inactivity.Level?) throws {
            // setup
            let branch = try F.branch(1, founded: "2020-01-01")
            // MUT
            let quiet = Inactivity.quietBranches([branch], lastMeeting: [F.org(1): try RuleFixture.date(last)],
                                                 today: try RuleFixture.date(today))
            // validate
            #expect(quiet.first?.level == expected)
            #expect(quiet.count == (expected == nil ? 0 : 1))
        }

        @Test func quietBranches_neverMet_lastMeetingNil() throws {
            // setup
            let branch = try F.branch(1, founded: "2026-03-01")
            // MUT
            let quiet = Inactivity.quietBranches([branch], lastMeeting: [:], today: try RuleFixture.date("2026-07-15"))
            // validate
            #expect(quiet == [Inactivity.Branch(subject: branch, lastMeeting: nil, level: .report)])
        }
    }
}
