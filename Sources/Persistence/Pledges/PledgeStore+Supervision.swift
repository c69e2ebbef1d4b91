import Domain
import FluentKit
import Foundation
import SQLKit

/// 群众监督: comments (hidden by the branch secretary, never deleted) and ratings (one per person, changeable).
extension PledgeStore {
    /// Anyone at the school comments on a published pledge. `key`: the form's token or the API's Idempotency-Key;
    /// a replay answers the comment already stored.
    public func comment(on id: Pledge.ID, text: String, key: String?, context: AuditContext) async throws -> (comment: PledgeComment, created: Bool) {
        let actor = context.actor
        let pledge = try await find(id, actor: actor)
        try PledgeTransition.checkComment(pledge, by: try await party(pledge, actor: actor))
        let text = try PledgeComment.validated(text: text)
        let key = try TicketStore.checkedKey(key)
        if let key, let existing = try await existingComment(actor, key: key) { return (existing.domain, false) }
        let comment = PledgeComment(id: .init(UUID()), pledgeID: id, authorAccountID: actor.accountID,
                                    authorName: actor.displayName, text: text, createdAt: context.now)
        do {
            try await database.writing { tx in
                try await PledgeCommentRecord(comment, key: key ?? UUID().uuidString).create(on: tx)
                try await audit.append(context.event(.pledgeCommented, target: "pledge:\(id.rawValue)", school: pledge.schoolID,
                                                     detail: "comment:\(comment.id.rawValue)"), on: tx)
            }
            return (comment, true)
        } catch let error where TicketStore.isUniqueViolation(error) && key != nil {
            guard let existing = try await existingComment(actor, key: key!) else { throw error }
            return (existing.domain, false)
        }
    }

    /// The branch secretary hides a comment, saying why; its words stay stored.
    @discardableResult
    public func hide(_ commentID: PledgeComment.ID, of id: Pledge.ID, reason: String, context: AuditContext) async throws -> PledgeComment {
        let actor = context.actor
        let pledge = try await find(id, actor: actor)
        try PledgeTransition.checkHide(by: try await party(pledge, actor: actor))
        let reason = try PledgeComment.validated(reason: reason)
        guard let record = try await PledgeCommentRecord.query(on: database).filter(\.$id == commentID.rawValue)
            .filter(\.$pledgeID == id.rawValue).first() else { throw DomainError.notFound }
        guard record.hiddenAt == nil else { return record.domain }
        record.hiddenAt = context.now; record.hiddenBy = actor.login; record.hiddenReason = reason
        try await database.writing { [record] tx in
            try await record.update(on: tx)
            try await audit.append(context.event(.pledgeCommentHidden, target: "pledge:\(id.rawValue)", school: pledge.schoolID,
                                                 detail: "comment:\(commentID.rawValue) \(reason)"), on: tx)
        }
        return record.domain
    }

    /// Rates a pledge 1–5; rating again changes the score. Answers the pledge's ratings after the change.
    @discardableResult
    public func rate(_ id: Pledge.ID, score: Int, context: AuditContext) async throws -> PledgeRatingSummary {
        let actor = context.actor
        let pledge = try await find(id, actor: actor)
        try PledgeTransition.checkRating(pledge, by: try await party(pledge, actor: actor))
        let score = try PledgeRating.validated(score)
        guard let person = actor.personID else { throw DomainError.forbidden }
        try await database.writing { tx in
            let sql = tx as! any SQLDatabase
            try await sql.insert(into: PledgeRatingRecord.schema)
                .columns("id", "pledge_id", "person_id", "score", "created_at", "updated_at")
                .values(SQLBind(UUID()), SQLBind(id.rawValue), SQLBind(person.rawValue), SQLBind(score),
                        SQLBind(context.now), SQLBind(context.now))
                .onConflict(with: ["pledge_id", "person_id"]) { $0.set("score", to: SQLBind(score)).set("updated_at", to: SQLBind(context.now)) }
                .run()
            try await audit.append(context.event(.pledgeRated, target: "pledge:\(id.rawValue)", school: pledge.schoolID,
                                                 detail: String(score)), on: tx)
        }
        return try await summaries([pledge]).first?.ratings ?? PledgeRatingSummary()
    }

    private func existingComment(_ actor: Actor, key: String) async throws -> PledgeCommentRecord? {
        try await PledgeCommentRecord.query(on: database).filter(\.$authorAccountID == actor.accountID.rawValue)
            .filter(\.$submissionKey == key).first()
    }
}
