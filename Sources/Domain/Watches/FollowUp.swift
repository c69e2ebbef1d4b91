import Foundation
import Tagged

/// 随访: one contact of the counsellor with a student under watch.
public struct FollowUp: Identifiable, Equatable, Sendable {
    public typealias ID = Tagged<FollowUp, UUID>
    public var id: ID
    public var watchID: Watch.ID
    public var method: FollowUpMethod
    public var result: FollowUpResult
    public var note: String
    public var happenedAt: Date
    /// The login that recorded it.
    public var recordedBy: String
    public var createdAt: Date

    public init(id: ID, watchID: Watch.ID, method: FollowUpMethod, result: FollowUpResult, note: String,
                happenedAt: Date, recordedBy: String, createdAt: Date) {
        self.id = id; self.watchID = watchID; self.method = method; self.result = result; self.note = note
        self.happenedAt = happenedAt; self.recordedBy = recordedBy; self.createdAt = createdAt
    }
}

/// A follow-up as typed, before the rule has checked it.
public struct FollowUpDraft: Equatable, Sendable {
    public var method: FollowUpMethod?
    public var result: FollowUpResult?
    public var note: String
    /// When the contact took place; nil means now.
    public var happenedAt: Date?

    public init(method: FollowUpMethod?, result: FollowUpResult?, note: String = "", happenedAt: Date? = nil) {
        self.method = method; self.result = result; self.note = note; self.happenedAt = happenedAt
    }
}
