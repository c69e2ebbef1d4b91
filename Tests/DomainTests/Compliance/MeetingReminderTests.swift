@testable import Domain
import Testing

extension RuleTests {
    /// Reminders for the current period: one when it starts (or the first run after), one inside the notice window
    /// before it ends; nothing once the requirement is met. Keys let a job that runs twice send each once.
    @Suite struct MeetingReminderTests {
        typealias F = ComplianceFixture

        /// Branch 1 held its March committee meeting and nothing else; branch 2 held nothing. Seven days' notice.
        static func reminders(on today: String) throws -> [MeetingReminder] {
            let cells = try F.board(today: today).cells(for: [try F.branch(1), try F.branch(2)],
                                                         facts: [try F.fact(1, org: 1, .committeeMeeting, on: "2026-03-03")])
            return MeetingReminder.due(cells: cells, today: try RuleFixture.date(today),
                                       daysBeforeEnd: MeetingRules.standard.reminderDaysBeforeEnd)
        }

        static func summary(_ reminders: [MeetingReminder], org: Int) -> Set<String> {
            Set(reminders.filter { $0.organizationID == F.org(org) }
                .map { "\($0.requirement.kind.rawValue) \($0.period) \($0.moment.rawValue)" })
        }

        /// On 20 March the window for March and Q1 (24–31 March) has not opened: start reminders only, for every
        /// current period still owed (March themed day, Q1 general meeting and lecture, the three yearly kinds).
        @Test func due_beforeTheWindow_startRemindersForOwedCurrentPeriods() throws {
            // MUT
            let reminders = try Self.reminders(on: "2026-03-20")
            // validate
            #expect(Self.summary(reminders, org: 1) == [
                "themed_party_day 2026-03 start", "general_meeting 2026-Q1 start", "party_lecture 2026-Q1 start",
                "life_meeting 2026 start", "democratic_appraisal 2026 start", "heart_to_heart_talk 2026 start",
            ])
            #expect(Self.summary(reminders, org: 2).contains("committee_meeting 2026-03 start"))
            #expect(!reminders.contains { $0.period.description == "2026-02" })
            #expect(reminders.allSatisfy { $0.stillOwed == 1 })
        }

        @Test(arguments: [("2026-03-23", false), ("2026-03-24", true), ("2026-03-31", true), ("2026-03-01", false)])
        func due_beforeEndReminder_onlyInsideTheWindow(_ today: String, _ inWindow: Bool) throws {
            // MUT
            let reminders = try Self.reminders(on: today)
            // validate
            let beforeEnd = Self.summary(reminders, org: 1).filter { $0.hasSuffix("before_end") }
            #expect(beforeEnd == (inWindow ? ["themed_party_day 2026-03 before_end", "general_meeting 2026-Q1 before_end",
                                              "party_lecture 2026-Q1 before_end"] : []))
            #expect(!reminders.contains { $0.period.unit == .year && $0.moment == .beforeEnd })
        }

        @Test func due_doneCell_nothing() throws {
            // MUT
            let reminders = try Self.reminders(on: "2026-03-28")
            // validate
            #expect(!reminders.contains { $0.organizationID == F.org(1) && $0.requirement.kind == .committeeMeeting })
            #expect(reminders.contains { $0.organizationID == F.org(2) && $0.requirement.kind == .committeeMeeting })
        }

        @Test func due_incompleteCurrentPeriod_stillReminded() throws {
            // setup
            let facts = [try F.fact(1, org: 1, .themedPartyDay, on: "2026-03-05", missing: [.payDues])]
            let cells = try F.board(today: "2026-03-25").cells(for: [try F.branch(1)], facts: facts)
            // MUT
            let reminders = MeetingReminder.due(cells: cells, today: try RuleFixture.date("2026-03-25"), daysBeforeEnd: 7)
            // validate
            let themed = reminders.filter { $0.requirement.kind == .themedPartyDay }
            #expect(themed.map(\.moment) == [.periodStart, .beforeEnd])
            #expect(themed.allSatisfy { $0.stillOwed == 1 })
        }

        @Test func due_stricterRule_stillOwedCountsTheMissingMeetings() throws {
            // setup
            let rules = MeetingRules.standard.replacing(MeetingRequirement(
                kind: .committeeMeeting, unit: .month, count: 3, sourceZh: "校规", sourceEn: "school rule"))
            let cells = try F.board(today: "2026-03-10", rules: rules)
                .cells(for: [try F.branch(1)], facts: [try F.fact(1, org: 1, .committeeMeeting, on: "2026-03-03")])
            // MUT
            let reminders = MeetingReminder.due(cells: cells, today: try RuleFixture.date("2026-03-10"), daysBeforeEnd: 7)
            // validate
            let committee = try #require(reminders.first { $0.requirement.kind == .committeeMeeting })
            #expect(committee.stillOwed == 2)
            #expect(committee.message.zh.contains("须召开支委会2次"))
            #expect(committee.message.zh.contains("截止2026-03-31"))
        }

        /// A key per branch, kind, period and moment: the start reminder sent on the first run keeps its key on
        /// every later run in the period, so it is sent once.
        @Test func key_uniqueAndStableAcrossRuns() throws {
            // MUT
            let first = try Self.reminders(on: "2026-03-20")
            let again = try Self.reminders(on: "2026-03-20")
            let later = try Self.reminders(on: "2026-03-26")
            // validate
            let keys = first.map(\.key)
            #expect(Set(keys).count == keys.count)
            #expect(Set(later.map(\.key)).count == later.count)
            #expect(again.map(\.key) == keys)
            #expect(Set(keys).isSubset(of: Set(later.map(\.key))))
            #expect(later.count > first.count)
            let one = try #require(later.first { $0.organizationID == F.org(1) && $0.requirement.kind == .themedPartyDay })
            #expect(one.key.contains(F.org(1).rawValue.uuidString))
            #expect(one.key.contains("2026-03"))
            #expect(!one.key.contains(F.org(2).rawValue.uuidString))
        }
    }
}
