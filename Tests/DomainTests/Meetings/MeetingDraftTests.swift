@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// What a secretary submits is checked before anything is stored.
    @Suite struct MeetingDraftTests {
        /// 2026-03-10T07:00Z, 15:00 in Shanghai: the instant "now" for every draft below.
        static let now = RuleFixture.t0.addingTimeInterval(68 * 86_400 + 7 * 3_600)
        static let host = ComplianceFixture.org(1)

        static func draft(_ kind: MeetingKind = .generalMeeting, topic: String = "学习二十届四中全会精神",
                          place: String = "党员活动室", startsAt: Date = now.addingTimeInterval(-7_200),
                          endsAt: Date? = nil, lecturer: String? = nil, others: [Organization.ID] = [],
                          status: Meeting.Status = .held) -> MeetingDraft {
            MeetingDraft(kind: kind, hostOrganizationID: host, otherOrganizationIDs: others, startsAt: startsAt,
                         endsAt: endsAt, place: place, topic: topic, lecturer: lecturer, status: status)
        }

        @Test func validated_textFieldsTrimmed() throws {
            // setup
            var draft = Self.draft(topic: "  学习党章 \n", place: "\u{3000}党员活动室 ")
            draft.agenda = " 一、学习 \n"
            draft.minutes = "\n记录 "
            // MUT
            let validated = try draft.validated(now: Self.now)
            // validate
            #expect(validated.topic == "学习党章")
            #expect(validated.place == "党员活动室")
            #expect(validated.agenda == "一、学习")
            #expect(validated.minutes == "记录")
        }

        @Test(arguments: ["", "   ", "\n\t", String(repeating: "题", count: 201)])
        func validated_emptyOrLongTopic_refused(_ topic: String) {
            // MUT
            let error = #expect(throws: DomainError.self) { try Self.draft(topic: topic).validated(now: Self.now) }
            // validate
            #expect(error?.invalidField == "topic")
        }

        @Test func validated_twoHundredCharacterTopic_accepted() throws {
            _ = try Self.draft(topic: String(repeating: "题", count: 200)).validated(now: Self.now)
        }

        @Test(arguments: ["", "  ", String(repeating: "地", count: 201)])
        func validated_emptyOrLongPlace_refused(_ place: String) {
            let error = #expect(throws: DomainError.self) { try Self.draft(place: place).validated(now: Self.now) }
            #expect(error?.invalidField == "place")
        }

        /// The end must come after the start: before it, or at the same instant, is refused.
        @Test(arguments: [-60.0, 0.0])
        func validated_endNotAfterStart_refused(_ offset: TimeInterval) {
            // setup
            let start = Self.now.addingTimeInterval(-7_200)
            // MUT
            let error = #expect(throws: DomainError.self) {
                try Self.draft(startsAt: start, endsAt: start.addingTimeInterval(offset)).validated(now: Self.now)
            }
            // validate
            #expect(error?.invalidField == "endsAt")
        }

        @Test func validated_endAfterStart_accepted() throws {
            let start = Self.now.addingTimeInterval(-7_200)
            let validated = try Self.draft(startsAt: start, endsAt: start.addingTimeInterval(5_400)).validated(now: Self.now)
            #expect(validated.endsAt == start.addingTimeInterval(5_400))
        }

        /// A meeting that has not started cannot be on record as held; it can be planned.
        @Test func validated_heldInTheFuture_refused() {
            // MUT
            let error = #expect(throws: DomainError.self) {
                try Self.draft(startsAt: Self.now.addingTimeInterval(60), status: .held).validated(now: Self.now)
            }
            // validate
            #expect(error?.invalidField == "status")
        }

        @Test(arguments: [(60.0, Meeting.Status.planned), (86_400 * 30, .planned), (0, .held), (-60, .held), (-60, .planned)])
        func validated_plannedInTheFutureOrHeldSinceStarted_accepted(_ offset: TimeInterval, _ status: Meeting.Status) throws {
            let validated = try Self.draft(startsAt: Self.now.addingTimeInterval(offset), status: status).validated(now: Self.now)
            #expect(validated.status == status)
        }

        /// Only a lecture names its lecturer; on any other kind a typed lecturer is dropped, not stored.
        @Test(arguments: MeetingKind.allCases)
        func validated_lecturerKeptOnlyForLectures(_ kind: MeetingKind) throws {
            // MUT
            let validated = try Self.draft(kind, lecturer: " 王书记 ").validated(now: Self.now)
            // validate
            #expect(validated.lecturer == (kind == .partyLecture ? "王书记" : nil))
        }

        @Test func validated_blankLecturerOnLecture_nil() throws {
            #expect(try Self.draft(.partyLecture, lecturer: "  ").validated(now: Self.now).lecturer == nil)
        }

        /// A joint meeting: the host first, each organisation once, in the order given.
        @Test func organizationIDs_jointMeeting_hostFirstDeduplicated() throws {
            // setup
            let (a, b, c) = (Self.host, ComplianceFixture.org(2), ComplianceFixture.org(3))
            // MUT
            let validated = try Self.draft(others: [b, a, c, b]).validated(now: Self.now)
            // validate
            #expect(validated.organizationIDs == [a, b, c])
            #expect(Self.draft().organizationIDs == [a])
        }
    }
}
