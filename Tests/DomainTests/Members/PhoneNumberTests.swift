@testable import Domain
import Testing

extension RuleTests {
    @Suite struct PhoneNumberTests {
        @Test(arguments: [
            "13812345678", "138 1234 5678", "138-1234-5678", "+8613812345678", "+86 138-1234-5678",
            " 13812345678\n", "\u{3000}138\u{3000}1234\u{3000}5678", "1\t3\r\n812345678",
        ])
        func init_spacesDashesAndCountryCode_ignored(_ text: String) throws {
            #expect(try PhoneNumber(text).value == "13812345678")
        }

        @Test(arguments: [
            "", "1381234567", "138123456789", "23812345678", "1381234567a", "+86", "+861381234567",
            "8613812345678", "+85213812345678", "１３８１２３４５６７８", "138.1234.5678",
        ])
        func init_notElevenDigitsStartingWith1_refused(_ text: String) {
            let error = #expect(throws: DomainError.self) { try PhoneNumber(text) }
            #expect(error?.invalidField == "phone")
            #expect(error?.invalidMessage?.en == "A mobile number has 11 digits and starts with 1")
            #expect(error?.invalidMessage?.zh == "手机号须为以1开头的11位数字")
        }

        /// A digit carrying a combining mark is one `Character`; the old code took it for a digit and
        /// accepted a value that was not ASCII.
        @Test func init_digitWithCombiningMark_refused() {
            #expect(throws: DomainError.self) { try PhoneNumber("13812345678\u{301}") }
            #expect(throws: DomainError.self) { try PhoneNumber("138\u{FE0F}12345678") }
        }

        @Test func masked_keepsFirstThreeAndLastFour() throws {
            // setup
            let phone = try PhoneNumber("+86 138-1234-5678")
            // validate
            #expect(phone.masked == "138****5678")
            #expect("\(phone)" == "138****5678")
        }
    }
}
