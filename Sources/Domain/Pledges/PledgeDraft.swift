import Foundation

/// What a member writes when making or editing a pledge.
public struct PledgeDraft: Equatable, Sendable {
    public var period: PledgePeriod
    public var promise: String
    public var dueDate: LocalDate
    public var postID: Post.ID?
    public var duty: CommitteeRole?

    public init(period: PledgePeriod, promise: String, dueDate: LocalDate, postID: Post.ID? = nil, duty: CommitteeRole? = nil) {
        self.period = period; self.promise = promise; self.dueDate = dueDate; self.postID = postID; self.duty = duty
    }

    public static let promiseLimit = 500

    /// Trims the promise and checks it against the owner's posts and duty and the period.
    /// `posts` are the owner's posts; `duty` their committee seat, if any.
    public func validated(today: LocalDate, posts: [Post.ID], duty ownDuty: CommitteeRole?) throws -> PledgeDraft {
        var draft = self
        draft.promise = promise.trimmingCharacters(in: .whitespacesAndNewlines)
        if draft.promise.isEmpty || draft.promise.count > Self.promiseLimit {
            throw DomainError.invalid(field: "promise", message: Message(
                zh: "请填写承诺内容（不超过\(Self.promiseLimit)字）", en: "Write the promise (at most \(Self.promiseLimit) characters)"))
        }
        if period.hasEnded(today: today) {
            throw DomainError.invalid(field: "period", message: Message(zh: "该承诺期已经结束", en: "This period has already ended"))
        }
        if !period.contains(dueDate) {
            throw DomainError.invalid(field: "dueDate", message: Message(
                zh: "完成时限应在承诺期内（\(period.start.iso)至\(period.end.iso)）",
                en: "The due date must lie within the period (\(period.start.iso) to \(period.end.iso))"))
        }
        if let postID, !posts.contains(postID) {
            throw DomainError.invalid(field: "postID", message: Message(zh: "只能关联本人的岗位", en: "Link one of your own posts"))
        }
        if let duty, duty != ownDuty {
            throw DomainError.invalid(field: "duty", message: Message(zh: "只能关联本人的支委职责", en: "Link your own committee duty"))
        }
        return draft
    }
}
