import Foundation
import Tagged

/// 承诺 / 亮承诺: a member's public promise for a period, linked to their post or committee duty, reported on by
/// them, supervised by the masses (comments and ratings) and appraised by the branch committee.
public struct Pledge: Identifiable, Equatable, Sendable {
    public typealias ID = Tagged<Pledge, UUID>
    public var id: ID
    public var schoolID: School.ID
    public var personID: Person.ID
    /// The owner's organisation (branch, or party group) when the pledge was made, with its path: the committee
    /// of that branch appraises it, and the wall of the branch shows it.
    public var organizationID: Organization.ID
    public var organizationPath: TreePath
    public var period: PledgePeriod
    public var promise: String
    /// 承诺时限: done by this day (within the period).
    public var dueDate: LocalDate
    /// The post the promise belongs to, if any.
    public var postID: Post.ID?
    /// The committee duty the promise belongs to, if any.
    public var duty: CommitteeRole?
    public var status: PledgeStatus
    public var publishedAt: Date?
    public var appraisal: PledgeAppraisal?
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: ID, schoolID: School.ID, personID: Person.ID, organizationID: Organization.ID,
                organizationPath: TreePath, draft: PledgeDraft, status: PledgeStatus = .draft, createdAt: Date) {
        self.id = id; self.schoolID = schoolID; self.personID = personID; self.organizationID = organizationID
        self.organizationPath = organizationPath; self.period = draft.period; self.promise = draft.promise
        self.dueDate = draft.dueDate; self.postID = draft.postID; self.duty = draft.duty; self.status = status
        self.createdAt = createdAt; self.updatedAt = createdAt
    }

    /// The pledge's words as its owner wrote them.
    public var draft: PledgeDraft {
        PledgeDraft(period: period, promise: promise, dueDate: dueDate, postID: postID, duty: duty)
    }
}

/// The committee's appraisal: the verdict, a remark, who gave it and when.
public struct PledgeAppraisal: Equatable, Sendable {
    public var verdict: PledgeVerdict
    public var remark: String
    public var by: String
    public var at: Date

    public init(verdict: PledgeVerdict, remark: String, by: String, at: Date) {
        self.verdict = verdict; self.remark = remark; self.by = by; self.at = at
    }
}
