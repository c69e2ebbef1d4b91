@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// Who may do what: the party an actor is to a pledge, comments, ratings, hiding, and the rating averages.
    @Suite struct PledgeSupervisionTests {
        typealias F = PledgeFixture

        @Test func party_ownerIsNotCommittee_studentSupervises() {
            let pledge = F.pledge(.published)
            let owner = F.actor(roles: [.partyMember], person: pledge.personID)
            let student = F.actor(roles: [.student])
            #expect(PledgeParty.of(pledge, actor: owner, seat: nil) == PledgeParty(isOwner: true, isSupervisor: true))
            #expect(PledgeParty.of(pledge, actor: student, seat: nil) == PledgeParty(isSupervisor: true))
            // a student with a seat record (never in practice) still lacks appraisePledges
            #expect(!PledgeParty.of(pledge, actor: student, seat: .init(role: .secretary, organizationPath: F.branch)).isCommittee)
        }

        @Test(arguments: [
            // (seat role, seat path, committee, secretary)
            (CommitteeRole.organizationCommissioner, "/1/7/", true, false),
            (.secretary, "/1/7/", true, true),
            (.deputySecretary, "/1/7/9/", true, true),
            (.secretary, "/1/8/", false, false),
        ])
        func party_seatOnTheBranch(_ role: CommitteeRole, _ path: String, _ committee: Bool, _ secretary: Bool) {
            let actor = F.actor(roles: [.partyMember])
            let party = PledgeParty.of(F.pledge(.published), actor: actor, seat: .init(role: role, organizationPath: TreePath(rawValue: path)))
            #expect(party.isCommittee == committee && party.isSecretary == secretary)
        }

        @Test func party_branchSecretaryRole_overTheBranchOnly() {
            let own = F.actor(roles: [.branchSecretary], person: nil, grants: [.organizations([F.branch])])
            let other = F.actor(roles: [.branchSecretary], person: nil, grants: [.organizations([TreePath(rawValue: "/1/8/")])])
            let foreign = F.actor(roles: [.branchSecretary], person: nil, grants: [.organizations([F.branch])], school: RuleFixture.school2)
            #expect(PledgeParty.of(F.pledge(.published), actor: own, seat: nil) == F.secretary)
            #expect(PledgeParty.of(F.pledge(.published), actor: other, seat: nil) == F.masses)
            #expect(PledgeParty.of(F.pledge(.published), actor: foreign, seat: nil) == PledgeParty())
        }

        @Test func comment_anyoneAtTheSchool_ownerToo_neverOnADraft() throws {
            try PledgeTransition.checkComment(F.pledge(.published), by: F.masses)
            try PledgeTransition.checkComment(F.pledge(.appraised), by: F.owner)
            #expect(throws: DomainError.forbidden) { try PledgeTransition.checkComment(F.pledge(.published), by: PledgeParty()) }
            #expect(throws: DomainError.self) { try PledgeTransition.checkComment(F.pledge(.draft), by: F.masses) }
        }

        @Test func rate_notTheOwner() throws {
            try PledgeTransition.checkRating(F.pledge(.fulfilmentReported), by: F.masses)
            #expect(throws: DomainError.forbidden) { try PledgeTransition.checkRating(F.pledge(.published), by: F.owner) }
            #expect(throws: DomainError.self) { try PledgeTransition.checkRating(F.pledge(.draft), by: F.masses) }
        }

        @Test func hide_onlyTheSecretary_withAReason() throws {
            try PledgeTransition.checkHide(by: F.secretary)
            #expect(throws: DomainError.forbidden) { try PledgeTransition.checkHide(by: F.committee) }
            #expect(throws: DomainError.self) { try PledgeComment.validated(reason: "  ") }
            #expect(try PledgeComment.validated(reason: " 含人身攻击 ") == "含人身攻击")
        }

        @Test(arguments: [([Int](), nil as String?), ([5], "5.0"), ([4, 5], "4.5"), ([4, 4, 5], "4.3"), ([1, 2], "1.5"),
                          ([3, 3, 4, 4, 4, 4, 4, 4], "3.8"), ([1, 1, 2], "1.3")])
        func ratingAverage_tenthsRoundedHalfUp(_ scores: [Int], _ expected: String?) {
            #expect(PledgeRatingSummary(scores: scores).averageText == expected)
        }

        @Test(arguments: [0, 6, -1])
        func rating_outOfRange_isRefused(_ score: Int) {
            #expect(throws: DomainError.self) { try PledgeRating.validated(score) }
        }
    }
}
