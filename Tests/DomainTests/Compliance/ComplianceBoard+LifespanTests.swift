@testable import Domain
import Testing

extension RuleTests {
    /// RULES.md §1: a branch founded on 10 May owes nothing for periods that ended before it existed; the
    /// founding period counts unless the school's grace covers it. After dissolution nothing more is owed.
    @Suite struct ComplianceBoardLifespanTests {
        typealias F = ComplianceFixture

        /// Founded 10 May 2026, judged on 15 July 2026 with no meeting on record. With 30 days of grace, May (21 days
        /// from founding to its end) is forgiven; Q2 (51 days) is not.
        @Test(arguments: [
            (0, MeetingKind.committeeMeeting, "2026-01", ComplianceStatus.notApplicable),
            (0, .committeeMeeting, "2026-04", .notApplicable),
            (0, .committeeMeeting, "2026-05", .overdue),
            (0, .committeeMeeting, "2026-06", .overdue),
            (0, .committeeMeeting, "2026-07", .due),
            (0, .committeeMeeting, "2026-08", .upcoming),
            (0, .generalMeeting, "2026-Q1", .notApplicable),
            (0, .generalMeeting, "2026-Q2", .overdue),
            (0, .generalMeeting, "2026-Q3", .due),
            (0, .lifeMeeting, "2026", .due),
            (30, .committeeMeeting, "2026-04", .notApplicable),
            (30, .committeeMeeting, "2026-05", .notApplicable),
            (30, .committeeMeeting, "2026-06", .overdue),
            (30, .generalMeeting, "2026-Q2", .overdue),
            (30, .lifeMeeting, "2026", .due),
        ])
        func status_branchFoundedTenMay(_ grace: Int, _ kind: MeetingKind, _ period: String,
                                        _ expected: ComplianceStatus) throws {
            // setup
            var rules = MeetingRules.standard
            rules.graceDays = grace
            // MUT
            let cells = try F.board(today: "2026-07-15", rules: rules)
                .cells(for: [try F.branch(1, founded: "2026-05-10")], facts: [])
            // validate
            #expect(try cells.status(F.org(1), kind, period) == expected)
        }

        /// "Fewer than graceDays before the period ends": 1 May is 30 days before 31 May, 2 May only 29.
        @Test(arguments: [
            ("2026-05-01", 30, ComplianceStatus.overdue),
            ("2026-05-02", 30, .notApplicable),
            ("2026-05-31", 0, .overdue),
            ("2026-05-31", 1, .notApplicable),
            ("2026-04-30", 0, .overdue),
        ])
        func status_foundingPeriodAgainstGrace(_ founded: String, _ grace: Int, _ expected: ComplianceStatus) throws {
            // setup
            var rules = MeetingRules.standard
            rules.graceDays = grace
            // MUT
            let cells = try F.board(today: "2026-07-15", rules: rules).cells(for: [try F.branch(1, founded: founded)], facts: [])
            // validate
            #expect(try cells.status(F.org(1), .committeeMeeting, "2026-05") == expected)
        }

        @Test func status_meetingAfterFoundingInFoundingPeriod_done() throws {
            // setup
            let facts = [try F.fact(1, org: 1, .committeeMeeting, on: "2026-05-20")]
            // MUT
            let cells = try F.board(today: "2026-07-15").cells(for: [try F.branch(1, founded: "2026-05-10")], facts: facts)
            // validate
            #expect(try cells.status(F.org(1), .committeeMeeting, "2026-05") == .done)
        }

        @Test func explanation_notApplicableBeforeFounding_namesFoundingDateAndGrace() throws {
            // setup
            var rules = MeetingRules.standard
            rules.graceDays = 30
            // MUT
            let cells = try F.board(today: "2026-07-15", rules: rules)
                .cells(for: [try F.branch(1, founded: "2026-05-10")], facts: [])
            // validate
            let may = try cells.cell(F.org(1), .committeeMeeting, "2026-05")
            #expect(may.explanation.zh.contains("第1党支部成立于2026-05-10"))
            #expect(may.explanation.zh.contains("宽限30天"))
            #expect(may.explanation.en.contains("founded on 2026-05-10"))
        }

        /// Dissolved 15 July 2026, judged on 10 October 2026: July and Q3 are still judged, later periods are not.
        @Test(arguments: [
            (MeetingKind.committeeMeeting, "2026-06", ComplianceStatus.overdue),
            (.committeeMeeting, "2026-07", .overdue),
            (.committeeMeeting, "2026-08", .notApplicable),
            (.committeeMeeting, "2026-10", .notApplicable),
            (.committeeMeeting, "2026-12", .notApplicable),
            (.generalMeeting, "2026-Q3", .overdue),
            (.generalMeeting, "2026-Q4", .notApplicable),
            (.themedPartyDay, "2026-07", .done),
        ])
        func status_branchDissolvedMidJuly(_ kind: MeetingKind, _ period: String, _ expected: ComplianceStatus) throws {
            // setup
            let facts = [try F.fact(1, org: 1, .themedPartyDay, on: "2026-07-01")]
            // MUT
            let cells = try F.board(today: "2026-10-10")
                .cells(for: [try F.branch(1, founded: "2020-01-01", dissolved: "2026-07-15")], facts: facts)
            // validate
            #expect(try cells.status(F.org(1), kind, period) == expected)
        }

        @Test func status_dissolvedOnFirstDayOfMonth_thatMonthStillJudged() throws {
            // MUT
            let cells = try F.board(today: "2026-10-10").cells(for: [try F.branch(1, dissolved: "2026-08-01")], facts: [])
            // validate
            #expect(try cells.status(F.org(1), .committeeMeeting, "2026-08") == .overdue)
            #expect(try cells.status(F.org(1), .committeeMeeting, "2026-09") == .notApplicable)
        }

        @Test func explanation_notApplicableAfterDissolution_namesDissolutionDate() throws {
            // MUT
            let cells = try F.board(today: "2026-10-10")
                .cells(for: [try F.branch(1, founded: "2020-01-01", dissolved: "2026-07-15")], facts: [])
            // validate
            let august = try cells.cell(F.org(1), .committeeMeeting, "2026-08")
            #expect(august.explanation.zh.contains("已于2026-07-15撤销"))
            #expect(august.explanation.en.contains("dissolved on 2026-07-15"))
        }

        @Test func status_foundedAndDissolvedInTheYear_onlyTheSpanBetweenJudged() throws {
            // MUT
            let cells = try F.board(today: "2026-12-20")
                .cells(for: [try F.branch(1, founded: "2026-03-10", dissolved: "2026-09-05")], facts: [])
            // validate
            let months = Period.all(in: 2026, unit: .month).map { period in
                (try? cells.status(F.org(1), .committeeMeeting, period.description)) == .notApplicable
            }
            #expect(months == [true, true, false, false, false, false, false, false, false, true, true, true])
        }
    }
}
