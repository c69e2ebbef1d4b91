@testable import Domain
import Testing

extension RuleTests {
    @Suite struct StageTests {
        @Test func allCases_inOrderOfTheRules() {
            #expect(Stage.allCases == [.application, .activist, .developmentCandidate, .probationary, .full])
            #expect(Stage.application < .activist && Stage.probationary < .full)
            #expect(Stage.application.previous == nil && Stage.full.previous == .probationary)
        }

        @Test func politicalStatus_onlyProbationaryAndFullArePartyMembers() {
            #expect(Stage.allCases.filter(\.politicalStatus.isPartyMember) == [.probationary, .full])
        }

        @Test func latestStage_skipsMissingSteps() throws {
            // setup
            var dates = StageDates(application: try RuleFixture.date("2024-01-01"))
            // MUT
            dates[.developmentCandidate] = try RuleFixture.date("2025-02-01")
            // validate
            #expect(dates.latestStage == .developmentCandidate)
            #expect(dates.activist == nil)
            #expect(StageDates().latestStage == nil)
        }
    }
}
