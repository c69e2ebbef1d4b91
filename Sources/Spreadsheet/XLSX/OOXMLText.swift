import Foundation

/// Text as stored in spreadsheet XML. XML 1.0 cannot hold most control characters, so OOXML writes them as
/// `_xHHHH_`; a literal `_x0041_` in a cell is in turn protected as `_x005F_x0041_`.
enum OOXMLText {
    /// Decodes `_xHHHH_` sequences (read side).
    static func unescape(_ text: String) -> String {
        guard mayContainEscape(text) else { return text }
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: "_x") {
            result += rest[..<range.lowerBound]
            let after = rest[range.upperBound...]
            if let scalar = hexScalar(after) {
                result.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                result += "_x"
                rest = after
            }
        }
        return result + rest
    }

    /// A byte scan for "_x": most cells have none, and Foundation's `contains` is slow on Linux.
    private static func mayContainEscape(_ text: String) -> Bool {
        var previousIsUnderscore = false
        for byte in text.utf8 {
            if previousIsUnderscore, byte == UInt8(ascii: "x") { return true }
            previousIsUnderscore = byte == UInt8(ascii: "_")
        }
        return false
    }

    /// XML-escapes text for element content and attribute values, encoding what XML cannot carry (write side).
    /// CR is encoded too, because XML parsers turn a literal CR into LF.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: mayNeedEscaping) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var scalars = Substring(text).unicodeScalars
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "_" where scalars.first == "x" && hexScalar(Substring(scalars.dropFirst())) != nil:
                result += "_x005F_"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                result += "_x" + hex4(scalar.value) + "_"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Markup characters, "_", control characters, and 0xEF (which starts U+FFFE and U+FFFF in UTF-8).
    private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "_"), 0xEF: true
        case UInt8(ascii: "\t"), UInt8(ascii: "\n"): false
        default: byte < 0x20
        }
    }

    /// The scalar of "HHHH_" at the start of `text`, if that is what it begins with.
    private static func hexScalar(_ text: Substring) -> Unicode.Scalar? {
        let candidate = text.prefix(5)
        guard candidate.count == 5, candidate.last == "_", candidate.dropLast().allSatisfy(\.isHexDigit),
              let value = UInt32(candidate.dropLast(), radix: 16) else { return nil }
        return Unicode.Scalar(value)
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
