@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// The register behind 党章第九条: an excused absence needs a reason.
    @Suite struct AttendanceTests {
        @Test(arguments: [nil, "", "   ", "\n\t\u{3000}"] as [String?])
        func validated_excusedWithoutReason_refused(_ reason: String?) {
            // MUT
            let error = #expect(throws: DomainError.self) {
                try Attendance(personID: RuleFixture.person, status: .excused, reason: reason).validated()
            }
            // validate
            #expect(error?.invalidField == "reason")
            #expect(error?.invalidMessage?.zh == "请假须填写原因")
        }

        @Test func validated_excusedWithReason_reasonTrimmed() throws {
            // MUT
            let validated = try Attendance(personID: RuleFixture.person, status: .excused, reason: " 因病住院\n").validated()
            // validate
            #expect(validated.reason == "因病住院")
            #expect(validated.status == .excused)
            #expect(validated.personID == RuleFixture.person)
        }

        @Test(arguments: [(Attendance.Status.present, String?.none, String?.none), (.present, "  ", nil),
                          (.absent, nil, nil), (.absent, " 未请假 ", "未请假")])
        func validated_presentOrAbsent_reasonOptionalAndTrimmed(_ status: Attendance.Status, _ reason: String?,
                                                               _ expected: String?) throws {
            // MUT
            let validated = try Attendance(personID: RuleFixture.person, status: status, reason: reason).validated()
            // validate
            #expect(validated.reason == expected)
        }

        @Test func validated_keepsSignInInstant() throws {
            // setup
            let attendance = Attendance(personID: RuleFixture.person, status: .present, signedInAt: RuleFixture.t0)
            // MUT / validate
            #expect(try attendance.validated().signedInAt == RuleFixture.t0)
        }
    }
}
