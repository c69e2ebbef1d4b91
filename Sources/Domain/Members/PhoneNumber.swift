import Foundation

/// A mainland mobile number: 11 digits starting with 1.
public struct PhoneNumber: Equatable, Hashable, Sendable, CustomStringConvertible {
    public let value: String

    public init(_ raw: String) throws {
        var text = raw.filter { !$0.isWhitespace && $0 != "-" }
        if text.hasPrefix("+86") { text.removeFirst(3) }
        guard text.count == 11, text.first == "1", text.allSatisfy(\.isASCIIDigit) else {
            throw DomainError.invalid(field: "phone", message: Message(
                zh: "手机号须为以1开头的11位数字", en: "A mobile number has 11 digits and starts with 1"))
        }
        value = text
    }

    public var masked: String { Masking.phone(value) }
    public var description: String { masked }
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
