@testable import Domain
import Testing

extension RuleTests {
    @Suite struct MaskingTests {
        @Test func idNumber_eighteenCharacters_keepsSixAndFour() {
            #expect(Masking.idNumber("110101199003071234") == "110101********1234")
            #expect(Masking.idNumber("11010519491231002X") == "110105********002X")
        }

        @Test func idNumber_elevenCharacters_onlyOneStar() {
            #expect(Masking.idNumber("12345678901") == "123456*8901")
        }

        @Test func phone_elevenDigits_keepsThreeAndFour() {
            #expect(Masking.phone("13812345678") == "138****5678")
        }

        @Test func phone_eightDigits_onlyOneStar() {
            #expect(Masking.phone("12345678") == "123*5678")
        }

        /// A value too short to keep both ends would show all of itself: it is starred entirely.
        @Test func shortValues_fullyStarred() {
            #expect(Masking.idNumber("1234567890") == "**********")
            #expect(Masking.idNumber("") == "")
            #expect(Masking.phone("1234567") == "*******")
            #expect(Masking.phone("123") == "***")
        }
    }
}
