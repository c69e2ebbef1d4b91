import Foundation

/// The errors that domain rules raise. They carry no HTTP detail: Web maps them once.
public enum DomainError: Error, Equatable, Sendable {
    /// The record does not exist, or lies outside the actor's scope: the two are indistinguishable on purpose.
    case notFound
    /// The actor's role may not do this.
    case forbidden
    /// Input broke a rule; `field` names the offending field where there is one.
    case invalid(field: String?, message: Message)
    /// The change conflicts with a record that already exists (e.g. a duplicate number).
    case conflict(Message)
    /// The login failed; the message never says whether the account exists.
    case unauthenticated(Message)
}

/// A user-facing message in both locales, chosen by the layer that renders it.
public struct Message: Equatable, Sendable, CustomStringConvertible {
    public var zh: String
    public var en: String
    public init(zh: String, en: String) { self.zh = zh; self.en = en }
    public func text(_ locale: Locale) -> String { locale == .en ? en : zh }
    public var description: String { en }

    public enum Locale: String, Sendable, CaseIterable { case zhHans = "zh-Hans", en }
}
