import Foundation

/// How members sign in to a meeting: a QR code of a short-lived signed link, or a 6-digit code.
public enum SignIn {
    /// A link on the meeting screen stays valid this long; the screen shows a fresh one every minute.
    public static let linkLifetime: TimeInterval = 5 * 60
    /// A code stays valid this long after the secretary opens sign-in.
    public static let codeLifetime: TimeInterval = 3 * 60 * 60

    public enum Outcome: String, Codable, CaseIterable, Sendable {
        case signedIn = "signed_in"
        case alreadySignedIn = "already_signed_in"

        public var message: Message {
            switch self {
            case .signedIn: Message(zh: "签到成功", en: "You are signed in")
            case .alreadySignedIn: Message(zh: "您已签到，无需重复签到", en: "You had already signed in")
            }
        }
    }

    public static let wrongCode = DomainError.invalid(field: "code", message: Message(
        zh: "签到码不正确或已过期", en: "The sign-in code is wrong or has expired"))
    public static let expiredLink = DomainError.invalid(field: "link", message: Message(
        zh: "签到二维码已过期，请重新扫描会场屏幕上的二维码", en: "This sign-in link has expired: scan the code on the screen again"))
    public static let notOnRegister = DomainError.invalid(field: "person", message: Message(
        zh: "您不在本次会议的应到名单中", en: "You are not on this meeting's register"))

    /// A code is exactly six digits; spaces people type are ignored.
    public static func normalizedCode(_ text: String) -> String? {
        let digits = text.filter { !$0.isWhitespace }
        return digits.count == 6 && digits.allSatisfy(\.isASCIIDigit) ? digits : nil
    }
}
