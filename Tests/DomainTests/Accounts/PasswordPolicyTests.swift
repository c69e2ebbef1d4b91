@testable import Domain
import Testing

extension RuleTests {
    @Suite struct PasswordPolicyTests {
        let policy = PasswordPolicy()

        @Test func check_elevenCharacters_refused() {
            let error = #expect(throws: DomainError.self) { try policy.check("Tq7#mVz2pLk", login: "zhangsan") }
            #expect(error?.invalidField == "password")
            #expect(error?.invalidMessage?.en == "The password needs at least 12 characters")
        }

        @Test func check_twelveStrongCharacters_accepted() throws {
            try policy.check("Tq7#mVz2pLkw", login: "zhangsan")
        }

        @Test(arguments: ["password1234", "123456789012", "zhibu-demo-2026", "PASSWORD1234", "Woaini5201314",
                          "qwerty98765432", "abc1234567890"])
        func check_commonPassword_refused(_ password: String) {
            let error = #expect(throws: DomainError.self) { try policy.check(password, login: "zhangsan") }
            #expect(error?.invalidMessage?.en == "This password is too common or contains the account name")
        }

        @Test func check_containsLogin_refused() {
            #expect(throws: DomainError.self) { try policy.check("xx-ZhangSan-2026", login: "zhangsan") }
        }

        /// A login of one or two characters would forbid too much; it is not looked for.
        @Test func check_containsShortLogin_accepted() throws {
            try policy.check("zq-Tq7#mVz2pL", login: "zq")
        }

        @Test func check_threeDistinctCharacters_refused() {
            #expect(throws: DomainError.self) { try policy.check("abcabcabcabc", login: "zhangsan") }
            #expect(throws: DomainError.self) { try policy.check("aaaaaaaaaaaaaaaaaa", login: "zhangsan") }
        }

        @Test func check_fourDistinctCharacters_accepted() throws {
            try policy.check("wxyzwxyzwxyz", login: "zhangsan")
        }
    }
}
