@testable import Domain
import Testing

extension RuleTests {
    /// 条例 Art. 11/12 (RULES.md §1): quorate with more than half of those entitled present; a vote passes with
    /// more than half of those entitled, not of those present.
    @Suite struct QuorumTests {
        @Test(arguments: [
            (9, 5, 5, true), (9, 4, 5, false), (9, 9, 5, true),
            (10, 5, 6, false), (10, 6, 6, true),
            (1, 1, 1, true), (1, 0, 1, false),
            (2, 1, 2, false), (2, 2, 2, true),
            (3, 2, 2, true), (7, 3, 4, false),
        ])
        func isReached_moreThanHalfOfThoseEntitled(_ entitled: Int, _ present: Int, _ needed: Int, _ reached: Bool) {
            // setup
            let quorum = Quorum(entitled: entitled, present: present)
            // MUT / validate
            #expect(quorum.needed == needed)
            #expect(quorum.isReached == reached)
        }

        /// A committee with nobody entitled can never meet, whatever the record says about those present.
        @Test(arguments: [0, 1, 3])
        func isReached_nobodyEntitled_never(_ present: Int) {
            #expect(!Quorum(entitled: 0, present: present).isReached)
        }

        /// 9 entitled, 6 present: the motion needs 5 votes (more than half of 9), not 4 (more than half of 6).
        @Test(arguments: [(9, 6, 5), (10, 6, 6), (10, 10, 6), (5, 3, 3)])
        func votesToPass_countsThoseEntitledNotThosePresent(_ entitled: Int, _ present: Int, _ votes: Int) {
            #expect(Quorum(entitled: entitled, present: present).votesToPass == votes)
        }

        @Test(arguments: MeetingKind.allCases)
        func needsQuorum_onlyGeneralAndCommitteeMeetings(_ kind: MeetingKind) {
            #expect(kind.needsQuorum == [.generalMeeting, .committeeMeeting].contains(kind))
        }
    }
}
