@testable import Domain
import Foundation

/// The `Character`-based `IDNumber` and `PhoneNumber` checks as they were before the byte rewrite,
/// kept as oracles: `IdentityEquivalenceTests` shows the rewrite gives the same answer on every input.
enum LegacyIdentity {
    enum Outcome: Equatable {
        case accepted(String)
        case refused(Message)
        /// The old ID check would have trapped (a digit carrying a combining mark).
        case trapped
    }

    static func idNumber(_ raw: String) -> Outcome {
        let text = raw.trimmingCharacters(in: .whitespaces).uppercased()
        let chars = Array(text)
        guard chars.count == 18, chars.prefix(17).allSatisfy(\.isASCIIDigit) else {
            return .refused(Message(zh: "身份证号须为18位（前17位为数字）",
                                    en: "An ID number has 18 characters, the first 17 digits"))
        }
        var sum = 0
        for (char, weight) in zip(chars.prefix(17), [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]) {
            guard let digit = Int(String(char)) else { return .trapped }
            sum += digit * weight
        }
        guard Array("10X98765432")[sum % 11] == chars[17] else {
            return .refused(Message(zh: "身份证号校验位不正确（GB 11643）", en: "The ID number's check digit is wrong (GB 11643)"))
        }
        let date = String(chars[6..<10]) + "-" + String(chars[10..<12]) + "-" + String(chars[12..<14])
        guard LocalDate(iso: date) != nil else {
            return .refused(Message(zh: "身份证号中的出生日期无效", en: "The ID number holds an impossible birth date"))
        }
        return .accepted(text)
    }

    static func phone(_ raw: String) -> Outcome {
        var text = raw.filter { !$0.isWhitespace && $0 != "-" }
        if text.hasPrefix("+86") { text.removeFirst(3) }
        guard text.count == 11, text.first == "1", text.allSatisfy(\.isASCIIDigit) else {
            return .refused(Message(zh: "手机号须为以1开头的11位数字", en: "A mobile number has 11 digits and starts with 1"))
        }
        return .accepted(text)
    }

    /// Each seed, and each seed with one piece inserted at, or put in place of, each position, or one
    /// character left out: ASCII and Unicode whitespace, letters that change when upper-cased (x, ß, ﬀ),
    /// full-width forms and combining marks.
    static func corpus(seeds: [String]) -> [String] {
        let pieces = ["0", "1", "3", "6", "8", "9", "X", "x", "a", "ß", "ﬀ", " ", "\t", "\n", "\r\n", "-", "+", "+86",
                      "\u{3000}", "\u{00A0}", "\u{2028}", "\u{85}", "１", "Ｘ", "ｘ", "\u{301}", "\u{FE0F}", "é", "中"]
        var inputs = Set(seeds)
        for seed in seeds {
            let chars = Array(seed).map(String.init)
            for index in 0...chars.count {
                if index < chars.count {
                    inputs.insert((chars[..<index] + chars[(index + 1)...]).joined())
                }
                for piece in pieces {
                    inputs.insert((chars[..<index] + [piece] + chars[index...]).joined())
                    if index < chars.count {
                        inputs.insert((chars[..<index] + [piece] + chars[(index + 1)...]).joined())
                    }
                }
            }
        }
        return inputs.sorted()
    }
}
