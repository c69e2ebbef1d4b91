import Foundation
import Tagged

/// 群众监督: a comment on a published pledge by anyone logged in. The branch secretary may hide one, saying why;
/// a comment is never deleted.
public struct PledgeComment: Identifiable, Equatable, Sendable {
    public typealias ID = Tagged<PledgeComment, UUID>
    public var id: ID
    public var pledgeID: Pledge.ID
    public var authorAccountID: Actor.AccountID
    public var authorName: String
    public var text: String
    public var createdAt: Date
    public var hidden: Hiding?

    public struct Hiding: Equatable, Sendable {
        public var reason: String
        public var by: String
        public var at: Date
        public init(reason: String, by: String, at: Date) { self.reason = reason; self.by = by; self.at = at }
    }

    public init(id: ID, pledgeID: Pledge.ID, authorAccountID: Actor.AccountID, authorName: String, text: String,
                createdAt: Date, hidden: Hiding? = nil) {
        self.id = id; self.pledgeID = pledgeID; self.authorAccountID = authorAccountID; self.authorName = authorName
        self.text = text; self.createdAt = createdAt; self.hidden = hidden
    }

    public static let textLimit = 500
    public static let reasonLimit = 200

    public static func validated(text: String) throws -> String {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty || text.count > textLimit {
            throw DomainError.invalid(field: "text", message: Message(
                zh: "请填写评论（不超过\(textLimit)字）", en: "Write a comment (at most \(textLimit) characters)"))
        }
        return text
    }

    public static func validated(reason: String) throws -> String {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if reason.isEmpty || reason.count > reasonLimit {
            throw DomainError.invalid(field: "reason", message: Message(
                zh: "请填写隐藏理由（不超过\(reasonLimit)字）", en: "Give the reason for hiding (at most \(reasonLimit) characters)"))
        }
        return reason
    }
}
