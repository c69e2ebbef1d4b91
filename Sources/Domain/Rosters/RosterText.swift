/// Text clean-up shared by headers, cell values and place names.
enum RosterText {
    /// Full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space become their half-width selves.
    static func halfWidth(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// How a cell's word (男, 预备党员, 书记) is compared: half-width, no whitespace, ASCII lower-cased.
    static func valueKey(_ text: String) -> String {
        placeKey(text).lowercased()
    }

    /// How a place name is compared: trimmed, half-width, inner whitespace removed.
    static func placeKey(_ text: String) -> String {
        String(halfWidth(text).filter { !$0.isWhitespace })
    }

    /// `1.10101199003071E+17`: how Excel shows a long number typed into a General cell.
    static func looksScientific(_ text: String) -> Bool {
        let parts = text.uppercased().split(separator: "E", omittingEmptySubsequences: false)
        guard parts.count == 2, Int(parts[1]) != nil else { return false }
        let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        return mantissa.count <= 2 && mantissa.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
    }

    /// A whole number written as a spreadsheet prints numbers (`13812345678.0`, `1.3812345678E10`) in plain
    /// digits; nil when it is not a number or has a fraction.
    static func plainInteger(_ text: String) -> String? {
        let parts = text.uppercased().split(separator: "E", omittingEmptySubsequences: false)
        guard parts.count <= 2, let exponent = parts.count == 2 ? Int(parts[1]) : 0, abs(exponent) <= 30 else { return nil }
        let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        guard mantissa.count <= 2, !mantissa[0].isEmpty,
              mantissa.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        var digits = mantissa.joined()
        let point = mantissa[0].count + exponent
        guard point > 0 else { return nil }
        if point >= digits.count { digits += String(repeating: "0", count: point - digits.count) }
        guard digits.dropFirst(point).allSatisfy({ $0 == "0" }) else { return nil }
        return String(digits.prefix(point))
    }
}
