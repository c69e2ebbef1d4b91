@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// The demo's organisational life: deterministic for a seed, realistic, and deliberately imperfect so that
    /// the 工作欠账 board and the inactivity lists have something to show (RULES.md §1, §2).
    @Suite struct DemoMeetingsTests {
        static let today = LocalDate(year: 2026, month: 11, day: 18)!
        static let demo = DemoUniversity.generate(seed: 7, students: 3_000, today: today)
        static let life = DemoMeetings.generate(for: demo, today: today, seed: 7)

        var demo: DemoUniversity { Self.demo }
        var meetings: [Meeting] { Self.life.meetings }
        var branches: [Organization] { demo.organizations.filter { $0.kind == .branch } }

        /// The board's view of the held meetings: one fact per organisation taking part.
        var facts: [MeetingFact] {
            meetings.filter { $0.status == .held }.flatMap { m in
                m.organizationIDs.map { MeetingFact(meetingID: m.id, organizationID: $0, kind: m.kind, date: m.date,
                                                    missingElements: m.missingElements) }
            }
        }

        var subjects: [ComplianceSubject] {
            demo.organizations.filter { $0.kind == .branch || $0.kind == .group }.map {
                ComplianceSubject(id: $0.id, kind: $0.kind, name: $0.name, path: $0.path, foundedOn: $0.foundedOn,
                                  dissolvedOn: $0.dissolvedOn)
            }
        }

        @Test func generate_sameSeed_identical_otherSeed_different() {
            // MUT
            let again = DemoMeetings.generate(for: demo, today: Self.today, seed: 7)
            let other = DemoMeetings.generate(for: demo, today: Self.today, seed: 8)
            // validate
            #expect(again == Self.life)
            #expect(other.meetings.map(\.id) != Self.life.meetings.map(\.id))
        }

        @Test func meetings_noneAfterToday_exceptPlannedInTheComingTwoWeeks() {
            let horizon = Self.today.adding(days: DemoMeetings.planningDays)
            for (meeting, register) in zip(meetings, Self.life.attendance) {
                switch meeting.status {
                case .held: #expect(meeting.date < Self.today && !register.isEmpty)
                case .planned: #expect(meeting.date >= Self.today && meeting.date <= horizon && register.isEmpty)
                }
                #expect(meeting.date.year >= Self.today.year - 1)
            }
            #expect(meetings.contains { $0.status == .planned })
        }

        @Test func meetings_weekdayAfternoonsInShanghai_themedDaysAroundThe15th() {
            let zone = TimeZone(identifier: "Asia/Shanghai")!
            for meeting in meetings {
                #expect(LocalDate(meeting.startsAt, in: zone) == meeting.date)
                #expect(!DemoCalendar.isWeekend(meeting.date))
                let minutes = Int(meeting.startsAt.timeIntervalSince1970 + 8 * 3_600) % 86_400 / 60
                #expect((14 * 60...15 * 60).contains(minutes))
                #expect(meeting.endsAt! > meeting.startsAt)
                if meeting.kind == .themedPartyDay && meeting.organizationIDs.count == 1 {
                    #expect((14...16).contains(meeting.date.day))
                }
                #expect(meeting.kind.hasLecturer == (meeting.lecturer != nil))
                #expect(!meeting.topic.isEmpty && !meeting.place.isEmpty)
            }
        }

        /// About 5% of last year's obligations are gaps and a few themed days lack 交纳党费; most cells are done.
        @Test func board_lastYear_showsGapsAndIncompleteThemedDays() throws {
            // MUT
            let cells = ComplianceBoard(rules: .standard, year: Self.today.year - 1, today: Self.today)
                .cells(for: subjects, facts: facts)
            // validate
            var totals = ComplianceTotals()
            for cell in cells { totals.add(cell.status) }
            #expect(totals[.due] == 0 && totals[.upcoming] == 0)
            let ended = Double(totals[.done] + totals[.incomplete] + totals[.overdue])
            #expect((0.03...0.15).contains(Double(totals[.overdue]) / ended), "\(totals)")
            #expect(totals[.incomplete] > 0 && Double(totals[.incomplete]) / ended < 0.05, "\(totals)")
            #expect(totals[.notApplicable] > 0, "the branch dissolved mid-year owes nothing after")
            let incomplete = cells.filter { $0.status == .incomplete }
            #expect(incomplete.allSatisfy { $0.requirement.kind == .themedPartyDay && $0.explanation.zh.contains("交纳党费") })
        }

        @Test func board_thisYear_annualMeetingsStillDue() throws {
            let cells = ComplianceBoard(rules: .standard, year: Self.today.year, today: Self.today)
                .cells(for: subjects, facts: facts)
            let annual = cells.filter { $0.requirement.unit == .year && $0.status != .notApplicable }
            #expect(!annual.isEmpty && annual.allSatisfy { $0.status == .due })
            #expect(cells.contains { $0.status == .overdue } && cells.contains { $0.status == .done })
        }

        @Test func jointMeetings_twoBranchesOfOneParent() {
            let joint = meetings.filter { $0.organizationIDs.count > 1 }
            #expect(!joint.isEmpty)
            let parents = Dictionary(uniqueKeysWithValues: demo.organizations.map { ($0.id, $0.parentID) })
            for meeting in joint {
                #expect(meeting.organizationIDs.count == 2 && meeting.organizationIDs[0] == meeting.hostOrganizationID)
                #expect(Set(meeting.organizationIDs.map { parents[$0]! }).count == 1)
                #expect([MeetingKind.partyLecture, .themedPartyDay].contains(meeting.kind))
            }
        }

        /// RULES.md §2: the 3-month list of quiet branches and the 6-month list of absent members have entries.
        @Test func inactivity_quietBranchesAndAbsentMembers() throws {
            var last: [Organization.ID: LocalDate] = [:]
            for fact in facts where last[fact.organizationID].map({ $0 < fact.date }) ?? true { last[fact.organizationID] = fact.date }
            let quiet = Inactivity.quietBranches(subjects.filter { $0.kind == .branch }, lastMeeting: last, today: Self.today)
            #expect((2...4).contains(quiet.count), "\(quiet.map(\.subject.name))")
            let absent = Inactivity.absentMembers(members(lastPresent: lastPresent()), today: Self.today)
            #expect((4...40).contains(absent.count), "\(absent.count)")
        }

        /// Registers hold members admitted by the meeting's day; most are present, the excused give a reason.
        @Test func attendance_membersOnly_mostlyPresent_excusesHaveReasons() throws {
            let people = Dictionary(uniqueKeysWithValues: demo.people.map { ($0.person.id, $0.person) })
            var counts: [Attendance.Status: Int] = [:]
            for (meeting, register) in zip(meetings, Self.life.attendance) {
                #expect(Set(register.map(\.personID)).count == register.count)
                for entry in register {
                    let person = try #require(people[entry.personID])
                    #expect(person.politicalStatus.isPartyMember)
                    #expect(try #require(person.stages.probationary ?? person.stages.full) <= meeting.date)
                    if meeting.kind == .committeeMeeting { #expect(person.committeeRole != nil || meeting.date < Self.today.adding(months: -12)) }
                    #expect((entry.status == .excused) == (entry.reason != nil))
                    counts[entry.status, default: 0] += 1
                }
            }
            let total = Double(counts.values.reduce(0, +))
            #expect((0.8...0.95).contains(Double(counts[.present]!) / total), "\(counts)")
            #expect(counts[.excused]! > counts[.absent]! / 2 && counts[.absent]! > 0)
        }

        @Test func lifespans_newBranchesThisYear_oneDissolvedLastYear_noMeetingOutside() {
            let founded = branches.filter { $0.foundedOn?.year == Self.today.year }
            let dissolved = branches.filter { $0.dissolvedOn != nil }
            #expect(founded.count == 2 && dissolved.count == 1)
            #expect(dissolved[0].dissolvedOn!.year == Self.today.year - 1)
            #expect(branches.allSatisfy { $0.foundedOn != nil })
            let organizations = Dictionary(uniqueKeysWithValues: demo.organizations.map { ($0.id, $0) })
            for meeting in meetings {
                for organization in meeting.organizationIDs.compactMap({ organizations[$0] }) {
                    #expect(organization.foundedOn.map { $0 <= meeting.date } ?? true)
                    #expect(organization.dissolvedOn.map { meeting.date < $0 } ?? true)
                }
            }
            #expect(!demo.people.contains { $0.person.organizationID == dissolved[0].id })
            #expect(demo.transfers.contains { $0.fromOrganizationID == dissolved[0].id })
        }

        @Test func years_three_reachTwoYearsBack() {
            let longer = DemoMeetings.generate(for: demo, today: Self.today, seed: 7, years: 3)
            #expect(longer.meetings.contains { $0.date.year == Self.today.year - 2 })
            #expect(longer.meetings.count > meetings.count * 3 / 2)
        }

        private func lastPresent() -> [Person.ID: LocalDate] {
            var last: [Person.ID: LocalDate] = [:]
            for (meeting, register) in zip(meetings, Self.life.attendance) {
                for entry in register where entry.status == .present && last[entry.personID].map({ $0 < meeting.date }) ?? true {
                    last[entry.personID] = meeting.date
                }
            }
            return last
        }

        private func members(lastPresent: [Person.ID: LocalDate]) -> [Inactivity.Member] {
            demo.people.map(\.person).filter(\.politicalStatus.isPartyMember).map { person in
                Inactivity.Member(personID: person.id, name: person.name, organizationID: person.organizationID,
                                  memberSince: person.stages.probationary ?? person.stages.full,
                                  lastPresent: lastPresent[person.id])
            }
        }
    }
}
