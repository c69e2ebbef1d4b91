@testable import Domain
import Testing

extension RuleTests {
    /// RULES.md §3: 入党申请人 (≥ 18) → 积极分子 (more than one year) → 发展对象 → 预备党员 (one year,
    /// extended by at most one more) → 正式党员. Each refusal quotes the rule it applies.
    @Suite struct StageRulesTests {
        let rules = StageRules.standard

        @Test func check_candidateLessThanAYearAfterActivist_refusedNamingArticle13() throws {
            // setup
            let dates = StageDates(application: try RuleFixture.date("2023-09-01"), activist: try RuleFixture.date("2024-03-01"),
                                   developmentCandidate: try RuleFixture.date("2025-02-28"))
            // MUT
            let error = #expect(throws: DomainError.self) { try rules.check(dates, birthDate: nil) }
            // validate
            #expect(error?.invalidField == "development_candidate")
            #expect(error?.invalidMessage?.zh.contains("第十三条") == true)
            #expect(error?.invalidMessage?.zh.contains("2025-02-28 早于 2025-03-01") == true)
            #expect(error?.invalidMessage?.en.contains("art. 13") == true)
        }

        @Test func check_skippedCandidateStep_stillNeedsTheYearOfObservation() throws {
            // setup: an old record with no 发展对象 date
            let early = StageDates(activist: try RuleFixture.date("2024-03-01"), probationary: try RuleFixture.date("2024-04-01"))
            let late = StageDates(activist: try RuleFixture.date("2024-03-01"), probationary: try RuleFixture.date("2025-03-01"))
            // MUT
            let error = #expect(throws: DomainError.self) { try rules.check(early, birthDate: nil) }
            // validate
            #expect(error?.invalidField == "probationary")
            #expect(error?.invalidMessage?.zh.contains("第十三条") == true)
            try rules.check(late, birthDate: nil)
        }

        @Test func check_candidateOneYearAfterActivist_accepted() throws {
            // setup
            let dates = StageDates(activist: try RuleFixture.date("2024-03-01"),
                                   developmentCandidate: try RuleFixture.date("2025-03-01"))
            // MUT / validate
            try rules.check(dates, birthDate: nil)
        }

        @Test func check_fullBeforeOneYearOfProbation_refusedNamingConstitutionArticle7() throws {
            // setup
            let dates = StageDates(probationary: try RuleFixture.date("2025-01-01"), full: try RuleFixture.date("2025-12-31"))
            // MUT
            let error = #expect(throws: DomainError.self) { try rules.check(dates, birthDate: nil) }
            // validate
            #expect(error?.invalidField == "full")
            #expect(error?.invalidMessage?.zh.contains("预备期为一年") == true)
            #expect(error?.invalidMessage?.zh.contains("《中国共产党章程》第七条") == true)
            #expect(error?.invalidMessage?.en.hasPrefix("Too early") == true)
        }

        @Test(arguments: ["2026-01-01", "2026-07-01", "2027-01-01"])
        func check_fullAfterOneToTwoYears_accepted(_ full: String) throws {
            // setup
            let dates = StageDates(probationary: try RuleFixture.date("2025-01-01"), full: try RuleFixture.date(full))
            // MUT / validate
            try rules.check(dates, birthDate: nil)
        }

        /// Probation may be extended once, by at most one year: two years after admission is the last day.
        @Test func check_fullMoreThanTwoYearsAfterProbation_refusedAsTooLate() throws {
            // setup
            let dates = StageDates(probationary: try RuleFixture.date("2025-01-01"), full: try RuleFixture.date("2027-01-02"))
            // MUT
            let error = #expect(throws: DomainError.self) { try rules.check(dates, birthDate: nil) }
            // validate
            #expect(error?.invalidField == "full")
            #expect(error?.invalidMessage?.en.hasPrefix("Too late (after 2027-01-01)") == true)
            #expect(error?.invalidMessage?.zh.contains("延长预备期不能超过一年") == true)
        }

        @Test func check_applicationAt17_refusedNaming18() throws {
            // setup
            let birth = try RuleFixture.date("2007-06-01")
            let dates = StageDates(application: try RuleFixture.date("2025-05-31"))
            // MUT
            let error = #expect(throws: DomainError.self) { try rules.check(dates, birthDate: birth) }
            // validate
            #expect(error?.invalidField == "application")
            #expect(error?.invalidMessage?.zh.contains("年满十八岁") == true)
        }

        @Test func check_applicationOnEighteenthBirthday_accepted() throws {
            try rules.check(StageDates(application: try RuleFixture.date("2025-06-01")),
                            birthDate: try RuleFixture.date("2007-06-01"))
        }

        @Test func check_unknownBirthDate_ageNotChecked() throws {
            try rules.check(StageDates(application: try RuleFixture.date("2025-06-01")), birthDate: nil)
        }

        @Test func check_activistBeforeApplication_refusedNamingArticle8() throws {
            // setup
            let dates = StageDates(application: try RuleFixture.date("2024-05-01"), activist: try RuleFixture.date("2024-04-30"))
            // MUT
            let error = #expect(throws: DomainError.self) { try rules.check(dates, birthDate: nil) }
            // validate
            #expect(error?.invalidField == "activist")
            #expect(error?.invalidMessage?.zh.contains("第八条") == true)
        }

        /// Only neighbouring steps have intervals; the order is still checked across missing steps.
        @Test func check_stepsOutOfOrderAcrossGaps_refused() throws {
            // setup
            let dates = StageDates(application: try RuleFixture.date("2024-05-01"), full: try RuleFixture.date("2023-05-01"))
            // MUT
            let error = #expect(throws: DomainError.self) { try rules.check(dates, birthDate: nil) }
            // validate
            #expect(error?.invalidField == "full")
            #expect(error?.invalidMessage?.en == "Stages must be in order: “full member” is dated before “application”")
        }

        @Test func check_fullPathWithWorkedDates_accepted() throws {
            // setup
            let dates = StageDates(application: try RuleFixture.date("2022-10-08"), activist: try RuleFixture.date("2023-03-15"),
                                   developmentCandidate: try RuleFixture.date("2024-04-10"),
                                   probationary: try RuleFixture.date("2024-06-20"), full: try RuleFixture.date("2025-06-20"))
            // MUT / validate
            try rules.check(dates, birthDate: try RuleFixture.date("2004-09-01"))
            #expect(dates.latestStage == .full)
        }

        @Test func check_noDates_accepted() throws {
            try rules.check(StageDates(), birthDate: try RuleFixture.date("2010-01-01"))
        }

        /// The intervals are data: a school that asks for 18 months of observation refuses what the standard accepts.
        @Test func check_stricterSchoolInterval_refusesWhatStandardAccepts() throws {
            // setup
            var strict = StageRules.standard
            let index = try #require(strict.intervals.firstIndex { $0.stage == .developmentCandidate })
            strict.intervals[index].minimumMonths = 18
            let dates = StageDates(activist: try RuleFixture.date("2024-03-01"),
                                   developmentCandidate: try RuleFixture.date("2025-03-01"))
            // MUT / validate
            try StageRules.standard.check(dates, birthDate: nil)
            #expect(throws: DomainError.self) { try strict.check(dates, birthDate: nil) }
        }
    }
}
