@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// RULES.md §1: a meeting missing a required element is recorded but incomplete; a school may set a stricter
    /// frequency (2 lectures a half year) and the board judges by it.
    @Suite struct ComplianceBoardRulesTests {
        typealias F = ComplianceFixture

        /// A themed party day held on `iso` with only the elements `done` ticked, checked against the standard list.
        static func themedDay(_ n: Int, on iso: String, done: Set<String>) throws -> Meeting {
            Meeting(id: F.meeting(n), schoolID: RuleFixture.school1, kind: .themedPartyDay, hostOrganizationID: F.org(1),
                    organizationIDs: [F.org(1)], startsAt: RuleFixture.t0, endsAt: nil, date: try RuleFixture.date(iso),
                    place: "党员活动室", isOnline: false, topic: "主题党日", lecturer: nil, agenda: "", minutes: "",
                    requiredElements: MeetingRules.standard.elements(of: .themedPartyDay), elementsDone: done, status: .held)
        }

        static func fact(_ meeting: Meeting) -> MeetingFact {
            MeetingFact(meetingID: meeting.id, organizationID: meeting.hostOrganizationID, kind: meeting.kind,
                        date: meeting.date, missingElements: meeting.missingElements)
        }

        @Test func status_themedDayWithoutDues_incompleteNamingTheElement() throws {
            // setup
            let meeting = try Self.themedDay(1, on: "2026-03-26", done: [RequiredElement.renewOath.id])
            // MUT
            let cells = try F.board(today: "2026-04-10").cells(for: [try F.branch(1)], facts: [Self.fact(meeting)])
            // validate
            let march = try cells.cell(F.org(1), .themedPartyDay, "2026-03")
            #expect(march.status == .incomplete)
            #expect(march.heldCount == 1)
            #expect(march.completeCount == 0)
            #expect(march.meetingIDs == [meeting.id])
            #expect(march.explanation.zh.contains("缺少规定环节：交纳党费"))
            #expect(!march.explanation.zh.contains("重温入党誓词"))
            #expect(march.explanation.en.contains("Pay party dues"))
        }

        @Test func status_incompleteInTheCurrentPeriod_incompleteNotDue() throws {
            // setup
            let meeting = try Self.themedDay(1, on: "2026-03-05", done: [])
            // MUT
            let cells = try F.board(today: "2026-03-20").cells(for: [try F.branch(1)], facts: [Self.fact(meeting)])
            // validate
            let march = try cells.cell(F.org(1), .themedPartyDay, "2026-03")
            #expect(march.status == .incomplete)
            #expect(march.explanation.zh.contains("交纳党费"))
            #expect(march.explanation.zh.contains("重温入党誓词"))
        }

        @Test func status_completeThemedDayInSamePeriod_doneWithCompleteFirst() throws {
            // setup
            let incomplete = try Self.themedDay(1, on: "2026-03-05", done: [RequiredElement.renewOath.id])
            let complete = try Self.themedDay(2, on: "2026-03-26",
                                              done: [RequiredElement.renewOath.id, RequiredElement.payDues.id])
            // MUT
            let cells = try F.board(today: "2026-04-10")
                .cells(for: [try F.branch(1)], facts: [Self.fact(incomplete), Self.fact(complete)])
            // validate
            let march = try cells.cell(F.org(1), .themedPartyDay, "2026-03")
            #expect(march.status == .done)
            #expect(march.heldCount == 2)
            #expect(march.completeCount == 1)
            #expect(march.meetingIDs == [complete.id, incomplete.id])
        }

        static let lecturesTwiceAHalfYear = MeetingRules.standard.replacing(MeetingRequirement(
            kind: .partyLecture, unit: .halfYear, count: 2,
            sourceZh: "本校党课每学期至少2次", sourceEn: "school rule: 2 a semester"))

        /// One lecture on 5 March under "2 a half year": H1 is due while it runs and a gap once it has ended.
        @Test(arguments: [
            ("2026-05-20", "2026-H1", ComplianceStatus.due),
            ("2026-06-30", "2026-H1", .due),
            ("2026-07-01", "2026-H1", .overdue),
            ("2026-07-01", "2026-H2", .due),
            ("2026-05-20", "2026-H2", .upcoming),
        ])
        func status_stricterLectureRule_oneLectureIsNotEnough(_ today: String, _ period: String,
                                                             _ expected: ComplianceStatus) throws {
            // setup
            let rules = try Self.lecturesTwiceAHalfYear.validated()
            let facts = [try F.fact(1, org: 1, .partyLecture, on: "2026-03-05")]
            // MUT
            let cells = try F.board(today: today, rules: rules).cells(for: [try F.branch(1)], facts: facts)
            // validate
            #expect(try cells.status(F.org(1), .partyLecture, period) == expected)
            #expect(cells.filter { $0.requirement.kind == .partyLecture }.map(\.period.description) == ["2026-H1", "2026-H2"])
        }

        @Test func explanation_stricterLectureRule_namesCountAndSource() throws {
            // setup
            let facts = [try F.fact(1, org: 1, .partyLecture, on: "2026-03-05")]
            // MUT
            let due = try F.board(today: "2026-05-20", rules: Self.lecturesTwiceAHalfYear)
                .cells(for: [try F.branch(1)], facts: facts).cell(F.org(1), .partyLecture, "2026-H1")
            let overdue = try F.board(today: "2026-07-01", rules: Self.lecturesTwiceAHalfYear)
                .cells(for: [try F.branch(1)], facts: facts).cell(F.org(1), .partyLecture, "2026-H1")
            // validate
            #expect(due.explanation.zh.contains("尚需1次"))
            #expect(due.explanation.zh.contains("本校党课每学期至少2次"))
            #expect(overdue.explanation.zh.contains("仅召开1次，要求2次"))
        }

        @Test func status_stricterLectureRule_twoLecturesInFirstHalf_done() throws {
            // setup
            let facts = [try F.fact(1, org: 1, .partyLecture, on: "2026-03-05"),
                         try F.fact(2, org: 1, .partyLecture, on: "2026-06-10"),
                         try F.fact(3, org: 1, .partyLecture, on: "2026-07-02")]
            // MUT
            let cells = try F.board(today: "2026-07-10", rules: Self.lecturesTwiceAHalfYear)
                .cells(for: [try F.branch(1)], facts: facts)
            // validate
            let h1 = try cells.cell(F.org(1), .partyLecture, "2026-H1")
            #expect(h1.status == .done)
            #expect(h1.meetingIDs == [F.meeting(1), F.meeting(2)])
            #expect(try cells.status(F.org(1), .partyLecture, "2026-H2") == .due)
        }
    }
}
