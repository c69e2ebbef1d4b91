import Foundation

/// An 18-character resident ID number (公民身份号码), checked with the GB 11643-1999 check digit.
///
/// Checked over UTF-8 bytes, not `Character`s: an accepted number is ASCII only, and grapheme breaking,
/// `String(Character)` and `Int(String)` cost most of the time of bulk work (the demo generator, roster
/// imports). Unicode is consulted only where the answer depends on it: trimming non-ASCII ends, and
/// choosing which refusal a non-ASCII input gets.
public struct IDNumber: Equatable, Hashable, Sendable, CustomStringConvertible {
    public let value: String

    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let checkCharacters = Array("10X98765432".utf8)

    /// Accepts the number with a lower- or upper-case final X; refuses wrong length, digits or check digit.
    public init(_ raw: String) throws {
        let text = IDNumber.trimmed(raw)
        var bytes = Array(text.utf8)
        guard IDNumber.isWellFormed(bytes, text) else {
            throw DomainError.invalid(field: "idNumber", message: Message(
                zh: "身份证号须为18位（前17位为数字）", en: "An ID number has 18 characters, the first 17 digits"))
        }
        if bytes.count == 18, bytes[17] == UInt8(ascii: "x") { bytes[17] = UInt8(ascii: "X") }
        var sum = 0
        for index in 0..<17 { sum += Int(bytes[index] &- UInt8(ascii: "0")) * IDNumber.weights[index] }
        guard bytes.count == 18, IDNumber.checkCharacters[sum % 11] == bytes[17] else {
            throw DomainError.invalid(field: "idNumber", message: Message(
                zh: "身份证号校验位不正确（GB 11643）", en: "The ID number's check digit is wrong (GB 11643)"))
        }
        guard IDNumber.birthDate(bytes) != nil else {
            throw DomainError.invalid(field: "idNumber", message: Message(
                zh: "身份证号中的出生日期无效", en: "The ID number holds an impossible birth date"))
        }
        value = String(decoding: bytes, as: UTF8.self)
    }

    public var birthDate: LocalDate? { IDNumber.birthDate(Array(value.utf8)) }
    public var masked: String { Masking.idNumber(value) }
    public var description: String { masked }

    /// 17 digits and one more character. A tail longer than one byte is not ASCII, and is one character
    /// (say `Ｘ`, refused by the check digit) only if the upper-cased text has 18.
    private static func isWellFormed(_ bytes: [UInt8], _ text: String) -> Bool {
        guard bytes.count >= 18 else { return false }
        for index in 0..<17 where !bytes[index].isASCIIDigit { return false }
        return bytes.count == 18 || text.uppercased().count == 18
    }

    /// Digits 7–14 are `YYYYMMDD`; `bytes` holds 18 ASCII digits or X.
    private static func birthDate(_ bytes: [UInt8]) -> LocalDate? {
        func number(_ range: Range<Int>) -> Int {
            var result = 0
            for index in range { result = result * 10 + Int(bytes[index] &- UInt8(ascii: "0")) }
            return result
        }
        return LocalDate(year: number(6..<10), month: number(10..<12), day: number(12..<14))
    }

    /// `trimmingCharacters(in: .whitespaces)`, skipped when both ends are ASCII other than space and tab
    /// (the only ASCII members of that set).
    private static func trimmed(_ raw: String) -> String {
        func isPlain(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 0x20 && byte != 0x09 }
        if let first = raw.utf8.first, let last = raw.utf8.last, isPlain(first), isPlain(last) { return raw }
        return raw.trimmingCharacters(in: .whitespaces)
    }
}

extension UInt8 {
    var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
