import Foundation

/// A student's separate consent to the processing of their health answers (个人信息保护法 敏感个人信息):
/// given once, revocable at any time; without it the form's health questions are not asked.
public struct HealthConsent: Equatable, Sendable {
    public var textVersion: String
    public var grantedAt: Date
    public var revokedAt: Date?

    public init(textVersion: String, grantedAt: Date, revokedAt: Date?) {
        self.textVersion = textVersion; self.grantedAt = grantedAt; self.revokedAt = revokedAt
    }

    public var isActive: Bool { revokedAt == nil }

    /// The version of the consent text shown to students; a new text would ask again.
    public static let currentTextVersion = "2026-11"
}
