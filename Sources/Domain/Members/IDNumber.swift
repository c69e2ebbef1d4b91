/// A 18-character resident ID number (公民身份号码), checked with the GB 11643-1999 check digit.
public struct IDNumber: Equatable, Hashable, Sendable, CustomStringConvertible {
    public let value: String

    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let checkCharacters = Array("10X98765432")

    /// Accepts the number with a lower- or upper-case final X; refuses wrong length, digits or check digit.
    public init(_ raw: String) throws {
        let text = raw.trimmingCharacters(in: .whitespaces).uppercased()
        let chars = Array(text)
        guard chars.count == 18, chars.prefix(17).allSatisfy(\.isASCIIDigit) else {
            throw DomainError.invalid(field: "idNumber", message: Message(
                zh: "身份证号须为18位（前17位为数字）", en: "An ID number has 18 characters, the first 17 digits"))
        }
        let sum = zip(chars.prefix(17), IDNumber.weights).reduce(0) { $0 + Int(String($1.0))! * $1.1 }
        guard IDNumber.checkCharacters[sum % 11] == chars[17] else {
            throw DomainError.invalid(field: "idNumber", message: Message(
                zh: "身份证号校验位不正确（GB 11643）", en: "The ID number's check digit is wrong (GB 11643)"))
        }
        guard birthDateText(chars).flatMap(LocalDate.init(iso:)) != nil else {
            throw DomainError.invalid(field: "idNumber", message: Message(
                zh: "身份证号中的出生日期无效", en: "The ID number holds an impossible birth date"))
        }
        value = text
    }

    public var birthDate: LocalDate? { birthDateText(Array(value)).flatMap(LocalDate.init(iso:)) }
    public var masked: String { Masking.idNumber(value) }
    public var description: String { masked }
}

private func birthDateText(_ chars: [Character]) -> String? {
    guard chars.count == 18 else { return nil }
    return String(chars[6..<10]) + "-" + String(chars[10..<12]) + "-" + String(chars[12..<14])
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

import Foundation
