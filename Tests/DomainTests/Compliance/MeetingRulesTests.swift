@testable import Domain
import Testing

extension RuleTests {
    /// RULES.md §1 as data: the standard rule set, and a school's stricter one.
    @Suite struct MeetingRulesTests {
        /// The table of RULES.md §1, row by row: at least once per period, for a branch unless stated.
        @Test(arguments: [
            (MeetingKind.generalMeeting, Period.Unit.quarter, Organization.Kind.branch),
            (.committeeMeeting, .month, .branch),
            (.groupMeeting, .month, .group),
            (.partyLecture, .quarter, .branch),
            (.themedPartyDay, .month, .branch),
            (.lifeMeeting, .year, .branch),
            (.democraticAppraisal, .year, .branch),
            (.heartToHeartTalk, .year, .branch),
        ])
        func standard_encodesTheRulesTable(_ kind: MeetingKind, _ unit: Period.Unit, _ appliesTo: Organization.Kind) throws {
            // MUT
            let matches = MeetingRules.standard.requirements.filter { $0.kind == kind }
            // validate
            let requirement = try #require(matches.first)
            #expect(matches.count == 1)
            #expect(requirement.unit == unit)
            #expect(requirement.count == 1)
            #expect(requirement.appliesTo == appliesTo)
            #expect(!requirement.sourceZh.isEmpty && !requirement.sourceEn.isEmpty)
        }

        @Test func standard_themedPartyDayRequiresOathAndDues() {
            #expect(Set(MeetingRules.standard.elements(of: .themedPartyDay)) == [.renewOath, .payDues])
            #expect(MeetingRules.standard.elements(of: .committeeMeeting).isEmpty)
            #expect(MeetingRules.standard.graceDays == 0)
        }

        @Test func requirementsFor_groupsOweOnlyGroupMeetings_branchesEverythingElse() {
            // MUT
            let group = MeetingRules.standard.requirements(for: .group).map(\.kind)
            let branch = Set(MeetingRules.standard.requirements(for: .branch).map(\.kind))
            // validate
            #expect(group == [.groupMeeting])
            #expect(branch == Set(MeetingKind.allCases).subtracting([.groupMeeting]))
        }

        @Test func validated_standard_accepted() throws {
            #expect(try MeetingRules.standard.validated() == .standard)
        }

        /// Stricter than the standard: 2 lectures a half year (4 a year, as the standard's 1 a quarter), 2 committee
        /// meetings a month, a general meeting every month.
        @Test(arguments: [
            MeetingRequirement(kind: .partyLecture, unit: .halfYear, count: 2, sourceZh: "校规", sourceEn: "school rule"),
            MeetingRequirement(kind: .committeeMeeting, unit: .month, count: 2, sourceZh: "校规", sourceEn: "school rule"),
            MeetingRequirement(kind: .generalMeeting, unit: .month, sourceZh: "校规", sourceEn: "school rule"),
        ])
        func validated_stricterSchoolRule_accepted(_ stricter: MeetingRequirement) throws {
            // setup
            let rules = MeetingRules.standard.replacing(stricter)
            // MUT / validate
            #expect(try rules.validated() == rules)
        }

        /// Weaker than the 条例: the refusal names the kind and quotes the standard it may not go below.
        @Test(arguments: [
            (MeetingKind.generalMeeting, Period.Unit.year, 1, "支部党员大会"),
            (.generalMeeting, .halfYear, 1, "支部党员大会"),
            (.committeeMeeting, .quarter, 1, "支委会"),
            (.committeeMeeting, .quarter, 2, "支委会"),
            (.themedPartyDay, .quarter, 2, "主题党日"),
            (.partyLecture, .halfYear, 1, "党课"),
        ])
        func validated_weakerThanStandard_refused(_ kind: MeetingKind, _ unit: Period.Unit, _ count: Int,
                                                  _ zhName: String) {
            // setup
            let rules = MeetingRules.standard.replacing(
                MeetingRequirement(kind: kind, unit: unit, count: count, sourceZh: "校规", sourceEn: "school rule"))
            // MUT
            let error = #expect(throws: DomainError.self) { try rules.validated() }
            // validate
            #expect(error?.invalidField == "count")
            #expect(error?.invalidMessage?.zh.hasPrefix(zhName) == true)
            #expect(error?.invalidMessage?.zh.contains("至少1次") == true)
        }

        @Test func validated_groupMeetingOnceAQuarterForGroups_refused() {
            // setup
            let rules = MeetingRules.standard.replacing(MeetingRequirement(
                kind: .groupMeeting, unit: .quarter, appliesTo: .group, sourceZh: "校规", sourceEn: "school rule"))
            // MUT / validate
            #expect(throws: DomainError.self) { try rules.validated() }
        }

        /// Dropping a rule of the table is weaker than any frequency: refused, naming the rule.
        @Test(arguments: [MeetingKind.generalMeeting, .groupMeeting, .lifeMeeting])
        func validated_standardRequirementDropped_refused(_ kind: MeetingKind) {
            // setup
            var rules = MeetingRules.standard
            rules.requirements.removeAll { $0.kind == kind }
            // MUT
            let error = #expect(throws: DomainError.self) { try rules.validated() }
            // validate
            #expect(error?.invalidField == "requirements")
            #expect(error?.invalidMessage?.zh.contains(kind.label.zh) == true)
        }

        @Test(arguments: [0, -1, 32])
        func validated_countOutOfRange_refused(_ count: Int) {
            // setup
            let rules = MeetingRules.standard.replacing(MeetingRequirement(
                kind: .committeeMeeting, unit: .month, count: count, sourceZh: "校规", sourceEn: "school rule"))
            // MUT
            let error = #expect(throws: DomainError.self) { try rules.validated() }
            // validate
            #expect(error?.invalidField == "count")
        }

        @Test(arguments: [(-1, 7, "graceDays"), (93, 7, "graceDays"), (0, -1, "reminderDaysBeforeEnd"),
                          (0, 28, "reminderDaysBeforeEnd")])
        func validated_daysOutOfRange_refused(_ grace: Int, _ notice: Int, _ field: String) {
            // setup
            var rules = MeetingRules.standard
            rules.graceDays = grace
            rules.reminderDaysBeforeEnd = notice
            // MUT
            let error = #expect(throws: DomainError.self) { try rules.validated() }
            // validate
            #expect(error?.invalidField == field)
        }

        @Test(arguments: [(0, 0), (92, 27), (30, 7)])
        func validated_daysInRange_accepted(_ grace: Int, _ notice: Int) throws {
            var rules = MeetingRules.standard
            rules.graceDays = grace
            rules.reminderDaysBeforeEnd = notice
            _ = try rules.validated()
        }

        @Test func validated_elementListedTwice_refused() {
            // setup
            var rules = MeetingRules.standard
            rules.requiredElements[.themedPartyDay] = [.renewOath, .payDues, .renewOath]
            // MUT
            let error = #expect(throws: DomainError.self) { try rules.validated() }
            // validate
            #expect(error?.invalidField == "elements")
            #expect(error?.invalidMessage?.zh.contains("主题党日") == true)
        }
    }
}

extension MeetingRules {
    /// The rule set with the requirement of the same kind and organisation kind swapped for `requirement`.
    func replacing(_ requirement: MeetingRequirement) -> MeetingRules {
        var copy = self
        copy.requirements = requirements.map {
            $0.kind == requirement.kind && $0.appliesTo == requirement.appliesTo ? requirement : $0
        }
        return copy
    }
}
