import Foundation

/// The order of names among siblings: numbers compare by value, written in digits (软件2309班 before
/// 软件2310班) or as Chinese ordinals (第二党支部 before 第十党支部; by code point 十 would come first).
enum SiblingOrder {
    static func precedes(_ a: String, _ b: String) -> Bool {
        let order = key(a).compare(key(b), options: [.numeric])
        return order == .orderedSame ? a < b : order == .orderedAscending
    }

    /// The name with each Chinese ordinal (第 followed by Chinese numerals) written in digits.
    static func key(_ name: String) -> String {
        var result = "", numeral = "", afterDi = false
        for character in name {
            if afterDi, numerals.contains(character) { numeral.append(character); continue }
            if !numeral.isEmpty { result += String(value(of: numeral)); numeral = "" }
            result.append(character)
            afterDi = character == "第"
        }
        if !numeral.isEmpty { result += String(value(of: numeral)) }
        return result
    }

    private static let digits: [Character: Int] = ["零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                                                   "六": 6, "七": 7, "八": 8, "九": 9]
    private static let numerals = Set(digits.keys).union(["十", "百"])

    /// 十二 → 12, 二十 → 20, 一百零五 → 105.
    private static func value(of numeral: String) -> Int {
        var total = 0, pending = 0
        for character in numeral {
            if let digit = digits[character] {
                pending = digit
            } else {
                total += max(pending, 1) * (character == "百" ? 100 : 10)
                pending = 0
            }
        }
        return total + pending
    }
}
