@testable import Domain
import Testing

extension RuleTests {
    /// GB 11643-1999: the check character of the first 17 digits d1…d17 is "10X98765432"[Σ dᵢ·wᵢ mod 11],
    /// with weights w = 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2.
    @Suite struct IDNumberTests {
        /// 1 1 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2 →
        /// 7 + 9 + 0 + 5 + 0 + 20 + 2 + 9 + 24 + 27 + 7 + 18 + 30 + 5 + 0 + 0 + 4 = 167; 167 mod 11 = 2 → X.
        @Test func init_textbookExampleWithX_accepted() throws {
            // MUT
            let number = try IDNumber("11010519491231002X")
            // validate
            #expect(number.value == "11010519491231002X")
            #expect(number.birthDate == LocalDate(year: 1949, month: 12, day: 31))
        }

        /// 1 1 0 1 0 1 1 9 9 0 0 3 0 7 1 2 3 →
        /// 7 + 9 + 0 + 5 + 0 + 4 + 2 + 9 + 54 + 0 + 0 + 27 + 0 + 35 + 8 + 8 + 6 = 174; 174 mod 11 = 9 → 3.
        /// So 110101199003071233 is valid and the often-quoted 110101199003071234 is not.
        @Test func init_computedCheckDigit_acceptedAndNeighbourRefused() throws {
            // MUT
            let valid = try IDNumber("110101199003071233")
            let error = #expect(throws: DomainError.self) { try IDNumber("110101199003071234") }
            // validate
            #expect(valid.birthDate == LocalDate(year: 1990, month: 3, day: 7))
            #expect(error?.invalidField == "idNumber")
            #expect(error?.invalidMessage?.en.contains("GB 11643") == true)
            #expect(error?.invalidMessage?.zh.contains("GB 11643") == true)
        }

        /// 3 2 0 1 0 2 1 9 8 5 0 7 1 5 0 0 2 →
        /// 21 + 18 + 0 + 5 + 0 + 8 + 2 + 9 + 48 + 15 + 0 + 63 + 10 + 25 + 0 + 0 + 4 = 228; 228 mod 11 = 8 → 4.
        @Test func init_secondWorkedExample_accepted() throws {
            #expect(try IDNumber("320102198507150024").birthDate == LocalDate(year: 1985, month: 7, day: 15))
        }

        @Test func init_lowerCaseX_acceptedAndStoredUpperCase() throws {
            #expect(try IDNumber("11010519491231002x").value == "11010519491231002X")
        }

        /// Spaces, tabs and U+3000 (the full-width space of Chinese input methods) around the number are trimmed.
        @Test func init_surroundingWhitespace_trimmed() throws {
            #expect(try IDNumber("  110101199003071233\t").value == "110101199003071233")
            #expect(try IDNumber("\u{3000}11010519491231002x\u{3000}").value == "11010519491231002X")
        }

        @Test(arguments: ["11010519491231002", "1101051949123100", "", "11010519491231002X0", "1101011990030712330",
                          "110101 199003071233", "110101-19900307-1233",
                          "110101199003071233\n"])
        func init_wrongLength_refused(_ text: String) {
            let error = #expect(throws: DomainError.self) { try IDNumber(text) }
            #expect(error?.invalidMessage?.en == "An ID number has 18 characters, the first 17 digits")
        }

        @Test(arguments: ["11010A199003071233", "X10105194912310021", "ABCDEFGHIJKLMNOPQR", "１１０１０１１９９００３０７１２３３"])
        func init_lettersOrNonASCIIDigits_refused(_ text: String) {
            let error = #expect(throws: DomainError.self) { try IDNumber(text) }
            #expect(error?.invalidMessage?.zh == "身份证号须为18位（前17位为数字）")
        }

        /// Any single character in the 18th place that is not the check character is a check-digit refusal:
        /// a letter, a full-width Ｘ, even a line feed (only spaces and tabs are trimmed, not newlines).
        @Test(arguments: ["110101199003071230", "11010519491231002A", "11010519491231002Ｘ", "11010519491231002\n"])
        func init_wrongCheckCharacter_refusedNamingGB11643(_ text: String) {
            let error = #expect(throws: DomainError.self) { try IDNumber(text) }
            #expect(error?.invalidMessage?.en == "The ID number's check digit is wrong (GB 11643)")
        }

        /// 19900230: 1 1 0 1 0 1 1 9 9 0 0 2 3 0 1 2 3 → sum 160, mod 11 = 6, so the check digit is right
        /// and only the date is wrong. 19000229 (1900 is no leap year): sum 211, mod 11 = 2 → X.
        @Test(arguments: ["110101199002301236", "44030419000229123X"])
        func init_impossibleBirthDate_refused(_ text: String) {
            let error = #expect(throws: DomainError.self) { try IDNumber(text) }
            #expect(error?.invalidMessage?.en == "The ID number holds an impossible birth date")
        }

        /// 20000229 is a leap day (2000 is divisible by 400): sum 204, mod 11 = 6.
        @Test func init_leapDayBirth_accepted() throws {
            #expect(try IDNumber("440304200002291236").birthDate == LocalDate(year: 2000, month: 2, day: 29))
        }

        /// A digit carrying a combining mark is one `Character`; the old code passed it as a digit and trapped.
        @Test func init_digitWithCombiningMark_refusedNotTrapped() {
            #expect(throws: DomainError.self) { try IDNumber("1\u{301}1010519491231002X") }
            #expect(throws: DomainError.self) { try IDNumber("11010519491231002\u{301}X") }
        }

        @Test func masked_keepsAreaCodeAndLastFour() throws {
            // setup
            let number = try IDNumber("110101199003071233")
            // validate
            #expect(number.masked == "110101********1233")
            #expect("\(number)" == "110101********1233")
        }
    }
}
