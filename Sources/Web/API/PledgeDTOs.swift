import Domain
import Foundation
import Persistence
import Vapor

/// A pledge as the wall and the API show it, with its owner, post and the masses' counts.
struct PledgeDTO: Content {
    var id: UUID
    var personId: UUID
    var ownerName: String
    var organizationId: UUID
    var period: String
    var periodLabel: String
    var periodStart: String
    var periodEnd: String
    var promise: String
    var dueDate: String
    var postId: UUID?
    var postKind: Post.Kind?
    var postTitle: String?
    var duty: CommitteeRole?
    var status: PledgeStatus
    var publishedAt: Date?
    var verdict: PledgeVerdict?
    var appraisalRemark: String?
    var appraisedAt: Date?
    var updateCount: Int
    var ratingCount: Int
    /// The average score ×10 (43 = 4.3), absent without ratings: integers only.
    var ratingAverageTenths: Int?
    var commentCount: Int
    var mine: Bool
    var createdAt: Date

    init(_ summary: PledgeSummary, actor: Actor) {
        let p = summary.pledge
        id = p.id.rawValue; personId = p.personID.rawValue; ownerName = summary.ownerName; organizationId = p.organizationID.rawValue
        period = p.period.code; periodLabel = p.period.label; periodStart = p.period.start.iso; periodEnd = p.period.end.iso
        promise = p.promise; dueDate = p.dueDate.iso; postId = p.postID?.rawValue; postKind = summary.post?.kind
        postTitle = summary.post?.title; duty = p.duty; status = p.status; publishedAt = p.publishedAt
        verdict = p.appraisal?.verdict; appraisalRemark = p.appraisal?.remark; appraisedAt = p.appraisal?.at
        updateCount = summary.updateCount; ratingCount = summary.ratings.count; ratingAverageTenths = summary.ratings.averageTenths
        commentCount = summary.commentCount; mine = p.personID == actor.personID; createdAt = p.createdAt
    }
}

struct PledgeUpdateDTO: Content {
    var id: UUID
    var kind: PledgeUpdate.Kind
    var text: String
    var evidence: [String]
    var createdAt: Date
    init(_ u: PledgeUpdate) { id = u.id.rawValue; kind = u.kind; text = u.report.text; evidence = u.report.evidence; createdAt = u.createdAt }
}

/// A comment; a hidden one keeps its reason and loses its words.
struct PledgeCommentDTO: Content {
    var id: UUID
    var authorName: String
    var text: String?
    var createdAt: Date
    var hidden: Bool
    var hiddenReason: String?
    init(_ c: PledgeComment) {
        id = c.id.rawValue; authorName = c.authorName; text = c.hidden == nil ? c.text : nil; createdAt = c.createdAt
        hidden = c.hidden != nil; hiddenReason = c.hidden?.reason
    }
}

/// A pledge with its reports, comments, the caller's own score and the actions the caller may take now.
struct PledgeDetailDTO: Content {
    var pledge: PledgeDTO
    var updates: [PledgeUpdateDTO]
    var comments: [PledgeCommentDTO]
    var myRating: Int?
    /// By code: edit, publish, progress, fulfilment, appraise, comment, rate, hide.
    var actions: [String]
}

/// A new pledge; `publish` puts it on the wall at once.
struct PledgeRequest: Content {
    var period: String
    var promise: String
    var dueDate: String
    var postId: UUID?
    var duty: String?
    var publish: Bool?

    func draft() throws -> PledgeDraft {
        var form = PledgeForm()
        form.period = period; form.promise = promise; form.dueDate = dueDate
        form.link = postId.map { "post:\($0)" } ?? duty.map { "duty:\($0)" } ?? ""
        var draft = try form.draft()
        if let duty, draft.duty == nil {
            throw DomainError.invalid(field: "duty", message: Message(zh: "支委职责无效", en: "Unknown duty \(duty)"))
        }
        draft.postID = postId.map { .init($0) }
        return draft
    }
}

struct PledgeRatingDTO: Content {
    var count: Int
    var averageTenths: Int?
    var myRating: Int
}

/// A post on display with its holder's current pledges and this year's points.
struct PostHolderDTO: Content {
    var postId: UUID
    var kind: Post.Kind
    var title: String
    var since: String?
    var personId: UUID
    var name: String
    var organizationId: UUID?
    var points: Int
    var pledges: [CurrentPledge]

    struct CurrentPledge: Content { var id: UUID; var promise: String; var status: PledgeStatus; var period: String }

    init(_ h: PostHolder, points: Int) {
        postId = h.post.id.rawValue; kind = h.post.kind; title = h.post.title; since = h.post.since?.iso
        personId = h.personID.rawValue; name = h.name; organizationId = h.organizationID?.rawValue; self.points = points
        pledges = h.pledges.map { CurrentPledge(id: $0.id.rawValue, promise: $0.promise, status: $0.status, period: $0.period.code) }
    }
}
