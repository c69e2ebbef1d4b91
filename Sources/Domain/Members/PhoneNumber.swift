import Foundation

/// A mainland mobile number: 11 digits starting with 1.
public struct PhoneNumber: Equatable, Hashable, Sendable, CustomStringConvertible {
    public let value: String

    /// Ignores whitespace and dashes, and a leading +86.
    ///
    /// Checked over UTF-8 bytes, not `Character`s: an accepted number is ASCII only, and grapheme breaking
    /// cost most of the time of bulk work (the demo generator, roster imports). Input that is not ASCII
    /// first goes through the `Character` filter, which knows Unicode whitespace such as U+3000.
    public init(_ raw: String) throws {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16)
        for byte in raw.utf8 {
            if byte >= 0x80 { bytes = Array(raw.filter { !$0.isWhitespace && $0 != "-" }.utf8); break }
            if !PhoneNumber.isIgnoredASCII(byte) { bytes.append(byte) }
        }
        let start = bytes.count > 3 && bytes[0] == UInt8(ascii: "+") && bytes[1] == UInt8(ascii: "8")
            && bytes[2] == UInt8(ascii: "6") ? 3 : 0
        guard PhoneNumber.isMobile(bytes, from: start) else {
            throw DomainError.invalid(field: "phone", message: Message(
                zh: "手机号须为以1开头的11位数字", en: "A mobile number has 11 digits and starts with 1"))
        }
        value = String(decoding: bytes[start...], as: UTF8.self)
    }

    public var masked: String { Masking.phone(value) }
    public var description: String { masked }

    /// 11 ASCII digits from `start`, the first a 1.
    private static func isMobile(_ bytes: [UInt8], from start: Int) -> Bool {
        guard bytes.count - start == 11, bytes[start] == UInt8(ascii: "1") else { return false }
        for index in start..<bytes.count where !bytes[index].isASCIIDigit { return false }
        return true
    }

    /// What the filter drops among ASCII: `-` and the White_Space characters (tab, LF, VT, FF, CR, space).
    private static func isIgnoredASCII(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}

/// How personal numbers are shown when the viewer has not asked, with an audited action, to see them whole.
public enum Masking {
    /// `110101199003071234` → `110101********1234`
    public static func idNumber(_ value: String) -> String {
        guard value.count > 10 else { return String(repeating: "*", count: value.count) }
        return String(value.prefix(6)) + String(repeating: "*", count: value.count - 10) + String(value.suffix(4))
    }

    /// `13812345678` → `138****5678`
    public static func phone(_ value: String) -> String {
        guard value.count > 7 else { return String(repeating: "*", count: value.count) }
        return String(value.prefix(3)) + String(repeating: "*", count: value.count - 7) + String(value.suffix(4))
    }
}
