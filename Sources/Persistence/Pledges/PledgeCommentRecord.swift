import Domain
import FluentKit
import Foundation

/// A row of `pledge_comments`.
final class PledgeCommentRecord: Model, @unchecked Sendable {
    static let schema = "pledge_comments"
    @ID(key: .id) var id: UUID?
    @Field(key: "pledge_id") var pledgeID: UUID
    @Field(key: "author_account_id") var authorAccountID: UUID
    @Field(key: "author_name") var authorName: String
    @Field(key: "text") var text: String
    @Field(key: "submission_key") var submissionKey: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "hidden_at") var hiddenAt: Date?
    @OptionalField(key: "hidden_by") var hiddenBy: String?
    @OptionalField(key: "hidden_reason") var hiddenReason: String?

    init() {}

    init(_ c: PledgeComment, key: String) {
        id = c.id.rawValue; pledgeID = c.pledgeID.rawValue; authorAccountID = c.authorAccountID.rawValue
        authorName = c.authorName; text = c.text; submissionKey = key; createdAt = c.createdAt
    }

    var domain: PledgeComment {
        var hidden: PledgeComment.Hiding?
        if let at = hiddenAt { hidden = .init(reason: hiddenReason ?? "", by: hiddenBy ?? "", at: at) }
        return PledgeComment(id: .init(id!), pledgeID: .init(pledgeID), authorAccountID: .init(authorAccountID),
                             authorName: authorName, text: text, createdAt: createdAt, hidden: hidden)
    }
}
