@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// RULES.md §1 worked consequences: a period is a gap only once it has ended; a meeting counts for the
    /// period of its date and for each organisation that took part.
    @Suite struct ComplianceBoardTests {
        typealias F = ComplianceFixture

        /// One committee meeting on 20 January; nothing else. Judged on different days of 2026 (and around it).
        @Test(arguments: [
            ("2026-03-15", MeetingKind.committeeMeeting, "2026-01", ComplianceStatus.done),
            ("2026-03-15", .committeeMeeting, "2026-02", .overdue),
            ("2026-03-15", .committeeMeeting, "2026-03", .due),
            ("2026-03-15", .committeeMeeting, "2026-04", .upcoming),
            ("2026-03-15", .committeeMeeting, "2026-12", .upcoming),
            ("2026-03-31", .committeeMeeting, "2026-03", .due),
            ("2026-04-01", .committeeMeeting, "2026-03", .overdue),
            ("2026-04-01", .committeeMeeting, "2026-04", .due),
            ("2026-01-20", .committeeMeeting, "2026-01", .done),
            ("2026-03-31", .generalMeeting, "2026-Q1", .due),
            ("2026-04-01", .generalMeeting, "2026-Q1", .overdue),
            ("2026-04-01", .generalMeeting, "2026-Q2", .due),
            ("2026-04-01", .lifeMeeting, "2026", .due),
            ("2026-12-31", .lifeMeeting, "2026", .due),
            ("2027-01-05", .lifeMeeting, "2026", .overdue),
            ("2027-01-05", .committeeMeeting, "2026-01", .done),
            ("2025-12-20", .committeeMeeting, "2026-02", .upcoming),
        ])
        func status_gapOnlyOnceThePeriodHasEnded(_ today: String, _ kind: MeetingKind, _ period: String,
                                                 _ expected: ComplianceStatus) throws {
            // setup
            let board = try F.board(today: today)
            let facts = [try F.fact(1, org: 1, .committeeMeeting, on: "2026-01-20")]
            // MUT
            let cells = board.cells(for: [try F.branch(1)], facts: facts)
            // validate
            #expect(try cells.status(F.org(1), kind, period) == expected)
        }

        @Test func explanation_dueAndOverdue_nameThePeriodEndAndTheRule() throws {
            // setup
            let board = try F.board(today: "2026-03-15")
            // MUT
            let cells = board.cells(for: [try F.branch(1)], facts: [])
            // validate
            let due = try cells.cell(F.org(1), .committeeMeeting, "2026-03")
            #expect(due.explanation.zh.contains("2026-03-31"))
            #expect(due.explanation.zh.contains("尚需1次"))
            let overdue = try cells.cell(F.org(1), .committeeMeeting, "2026-02")
            #expect(overdue.explanation.zh.contains("2026年2月已结束"))
            #expect(overdue.explanation.zh.contains("第十二条"))
        }

        /// A branch owes the seven branch kinds of RULES.md §1 (4 + 12 + 4 + 12 + 1 + 1 + 1 cells); a party
        /// group owes only its monthly group meeting, and a branch owes none.
        @Test func cells_groupMeetingsApplyOnlyToGroups() throws {
            // setup
            let group = ComplianceSubject(id: F.org(2), kind: .group, name: "第一党小组",
                                          path: TreePath(rawValue: "/s/c1/b1/g2/"))
            let facts = [try F.fact(1, org: 2, .groupMeeting, on: "2026-01-10"),
                         try F.fact(2, org: 1, .groupMeeting, on: "2026-01-10")]
            // MUT
            let cells = try F.board(today: "2026-03-15").cells(for: [try F.branch(1), group], facts: facts)
            // validate
            let branchCells = cells.filter { $0.organizationID == F.org(1) }
            let groupCells = cells.filter { $0.organizationID == F.org(2) }
            #expect(branchCells.count == 35)
            #expect(!branchCells.contains { $0.requirement.kind == .groupMeeting })
            #expect(groupCells.count == 12)
            #expect(groupCells.allSatisfy { $0.requirement.kind == .groupMeeting })
            #expect(try cells.status(F.org(2), .groupMeeting, "2026-01") == .done)
            #expect(try cells.status(F.org(2), .groupMeeting, "2026-02") == .overdue)
        }

        /// A joint general meeting hosted by branch 1 with branches 2 and 3 gives one fact per organisation and
        /// counts for each; branch 1's own committee meeting does not count for branch 2.
        @Test func cells_jointMeetingCountsForEach_committeeMeetingOnlyForItsBranch() throws {
            // setup
            let draft = MeetingDraft(kind: .generalMeeting, hostOrganizationID: F.org(1),
                                     otherOrganizationIDs: [F.org(2), F.org(3)], startsAt: RuleFixture.t0,
                                     place: "党员活动室", topic: "联合党员大会", status: .held)
            let date = try RuleFixture.date("2026-02-12")
            let joint = draft.organizationIDs.map {
                MeetingFact(meetingID: F.meeting(1), organizationID: $0, kind: .generalMeeting, date: date)
            }
            let committee = try F.fact(2, org: 1, .committeeMeeting, on: "2026-02-05")
            let subjects = [try F.branch(1), try F.branch(2), try F.branch(3), try F.branch(4)]
            // MUT
            let cells = try F.board(today: "2026-03-10").cells(for: subjects, facts: joint + [committee])
            // validate
            for n in 1...3 {
                let cell = try cells.cell(F.org(n), .generalMeeting, "2026-Q1")
                #expect(cell.status == .done)
                #expect(cell.meetingIDs == [F.meeting(1)])
            }
            #expect(try cells.status(F.org(4), .generalMeeting, "2026-Q1") == .due)
            #expect(try cells.status(F.org(1), .committeeMeeting, "2026-02") == .done)
            #expect(try cells.status(F.org(2), .committeeMeeting, "2026-02") == .overdue)
            #expect(try cells.cell(F.org(2), .committeeMeeting, "2026-02").meetingIDs.isEmpty)
        }

        /// The school's time zone decides the date: 23:30 in Shanghai on 31 March (15:30 UTC) is still March and
        /// Q1; 16:30 UTC the same day is already 1 April in Shanghai, so it counts for April and Q2.
        @Test(arguments: [
            ("2026-03-31T23:30:00+08:00", "2026-03-31",
             ComplianceStatus.done, ComplianceStatus.due, ComplianceStatus.done, ComplianceStatus.due),
            ("2026-03-31T15:30:00Z", "2026-03-31", .done, .due, .done, .due),
            ("2026-03-31T16:30:00Z", "2026-04-01", .overdue, .done, .overdue, .done),
            ("2026-04-01T00:10:00+08:00", "2026-04-01", .overdue, .done, .overdue, .done),
        ])
        func cells_meetingOnLastDayOfPeriod_countedInSchoolTimeZone(_ startsAt: String, _ localDate: String,
                                                                   _ march: ComplianceStatus, _ april: ComplianceStatus,
                                                                   _ q1: ComplianceStatus, _ q2: ComplianceStatus) throws {
            // setup
            let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
            let date = LocalDate(try F.instant(startsAt), in: shanghai)
            let facts = [MeetingKind.committeeMeeting, .generalMeeting].map {
                MeetingFact(meetingID: F.meeting(1), organizationID: F.org(1), kind: $0, date: date)
            }
            // MUT
            let cells = try F.board(today: "2026-04-10").cells(for: [try F.branch(1)], facts: facts)
            // validate
            #expect(date == (try RuleFixture.date(localDate)))
            #expect(try cells.status(F.org(1), .committeeMeeting, "2026-03") == march)
            #expect(try cells.status(F.org(1), .committeeMeeting, "2026-04") == april)
            #expect(try cells.status(F.org(1), .generalMeeting, "2026-Q1") == q1)
            #expect(try cells.status(F.org(1), .generalMeeting, "2026-Q2") == q2)
        }

        @Test func cells_meetingOfAnotherYear_ignored() throws {
            // setup
            let facts = [try F.fact(1, org: 1, .lifeMeeting, on: "2025-12-30"),
                         try F.fact(2, org: 1, .committeeMeeting, on: "2025-01-15")]
            // MUT
            let cells = try F.board(today: "2026-02-10").cells(for: [try F.branch(1)], facts: facts)
            // validate
            #expect(try cells.status(F.org(1), .lifeMeeting, "2026") == .due)
            #expect(try cells.status(F.org(1), .committeeMeeting, "2026-01") == .overdue)
        }
    }
}
