@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// RULES.md §1: required elements are a checklist per kind; a held meeting missing one is recorded, incomplete.
    @Suite struct MeetingTests {
        static let checklist = MeetingRules.standard.elements(of: .themedPartyDay)

        static func themedDay(done: Set<String>, required: [RequiredElement] = checklist) throws -> Meeting {
            Meeting(id: ComplianceFixture.meeting(1), schoolID: RuleFixture.school1, kind: .themedPartyDay,
                    hostOrganizationID: ComplianceFixture.org(1), organizationIDs: [ComplianceFixture.org(1)],
                    startsAt: RuleFixture.t0, endsAt: nil, date: try RuleFixture.date("2026-01-01"),
                    place: "党员活动室", isOnline: false, topic: "主题党日", lecturer: nil, agenda: "", minutes: "",
                    requiredElements: required, elementsDone: done, status: .held)
        }

        @Test(arguments: [
            ([String](), [RequiredElement.renewOath, .payDues]),
            (["renew_oath"], [.payDues]),
            (["pay_dues"], [.renewOath]),
            (["renew_oath", "pay_dues"], []),
            (["renew_oath", "pay_dues", "extra"], []),
        ])
        func missingElements_theUnticked(_ done: [String], _ missing: [RequiredElement]) throws {
            // MUT
            let meeting = try Self.themedDay(done: Set(done))
            // validate
            #expect(meeting.missingElements == missing)
            #expect(meeting.isComplete == missing.isEmpty)
        }

        /// Elements are kept by key, so renaming one in the school's checklist leaves old records complete.
        @Test func missingElements_renamedElementSameKey_stillDone() throws {
            // setup
            let renamed = RequiredElement(id: "pay_dues", zh: "按月交纳党费", en: "Pay the month's dues")
            // MUT
            let meeting = try Self.themedDay(done: ["renew_oath", "pay_dues"], required: [.renewOath, renamed])
            // validate
            #expect(meeting.isComplete)
        }

        @Test func missingElements_kindWithoutChecklist_complete() throws {
            #expect(try Self.themedDay(done: [], required: MeetingRules.standard.elements(of: .committeeMeeting)).isComplete)
        }
    }
}
