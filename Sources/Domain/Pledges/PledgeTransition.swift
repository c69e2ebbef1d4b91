import Foundation

/// The pledge's flow as pure rules: draft → published → progress reported → fulfilment reported → appraised.
/// Only the owner edits, publishes and reports; only the branch committee appraises, once the period is over or the
/// fulfilment is reported, and never its own pledge; anyone at the school comments, and rates another's pledge.
public enum PledgeTransition {
    public static func apply(_ action: PledgeAction, to pledge: Pledge, by party: PledgeParty, login: String,
                             at now: Date, today: LocalDate) throws -> Pledge {
        var p = pledge
        switch action {
        case .edit(let draft):
            guard party.isOwner else { throw DomainError.forbidden }
            try require(p.status == .draft, "已公开的承诺不能再修改", "A published pledge can no longer be edited")
            p.period = draft.period; p.promise = draft.promise; p.dueDate = draft.dueDate
            p.postID = draft.postID; p.duty = draft.duty
        case .publish:
            guard party.isOwner else { throw DomainError.forbidden }
            try require(p.status == .draft, "该承诺已经公开", "This pledge is already published")
            try require(!p.period.hasEnded(today: today), "承诺期已结束，不能再公开", "The period has ended")
            p.status = .published; p.publishedAt = now
        case .reportProgress(let report):
            guard party.isOwner else { throw DomainError.forbidden }
            try require(p.status == .published || p.status == .progressReported,
                        "只有已公开、尚未报告履诺的承诺可以报告进展", "Progress can be reported only on a published pledge not yet reported fulfilled")
            _ = try report.validated(fulfilment: false)
            p.status = .progressReported
        case .reportFulfilment(let report):
            guard party.isOwner else { throw DomainError.forbidden }
            try require(p.status == .published || p.status == .progressReported,
                        "只有已公开、尚未报告履诺的承诺可以报告履诺", "Fulfilment can be reported once, on a published pledge")
            _ = try report.validated(fulfilment: true)
            p.status = .fulfilmentReported
        case .appraise(let verdict, let remark):
            guard party.isCommittee, !party.isOwner else { throw DomainError.forbidden }
            try require(p.status.isPublic && p.status != .appraised, "该承诺已评定或尚未公开", "Already appraised, or not published")
            try require(mayAppraiseNow(p, today: today), "承诺期结束或本人报告履诺后才能评定",
                        "Appraise after the period has ended or the fulfilment was reported")
            let remark = remark.trimmingCharacters(in: .whitespacesAndNewlines)
            if remark.count > PledgeComment.textLimit {
                throw DomainError.invalid(field: "remark", message: Message(
                    zh: "评定意见不超过\(PledgeComment.textLimit)字", en: "At most \(PledgeComment.textLimit) characters"))
            }
            p.status = .appraised
            p.appraisal = PledgeAppraisal(verdict: verdict, remark: remark, by: login, at: now)
        }
        p.updatedAt = now
        return p
    }

    /// The timing rule of the appraisal: once the owner reported fulfilment, or once the period is over.
    public static func mayAppraiseNow(_ pledge: Pledge, today: LocalDate) -> Bool {
        pledge.status == .fulfilmentReported || pledge.period.hasEnded(today: today)
    }

    /// Anyone at the school with the right comments on a public pledge, its owner too (to answer).
    public static func checkComment(_ pledge: Pledge, by party: PledgeParty) throws {
        guard party.isSupervisor || party.isOwner else { throw DomainError.forbidden }
        try require(pledge.status.isPublic, "草稿不能评论", "A draft cannot be commented on")
    }

    /// Anyone at the school rates a public pledge's fulfilment, except its owner.
    public static func checkRating(_ pledge: Pledge, by party: PledgeParty) throws {
        guard party.isSupervisor, !party.isOwner else { throw DomainError.forbidden }
        try require(pledge.status.isPublic, "草稿不能评分", "A draft cannot be rated")
    }

    /// Only the branch secretary hides a comment.
    public static func checkHide(by party: PledgeParty) throws {
        guard party.isSecretary else { throw DomainError.forbidden }
    }

    /// The actions the party may take now, by code, as the page and the API offer them.
    public static func possibleActions(_ pledge: Pledge, by party: PledgeParty, today: LocalDate) -> [String] {
        let report = PledgeReport(text: "-", evidence: ["-"])
        let samples: [PledgeAction] = [.edit(pledge.draft), .publish, .reportProgress(report), .reportFulfilment(report),
                                       .appraise(.fulfilled, remark: "")]
        var codes = samples.filter {
            (try? apply($0, to: pledge, by: party, login: "", at: Date(timeIntervalSince1970: 0), today: today)) != nil
        }.map(\.code)
        if (try? checkComment(pledge, by: party)) != nil { codes.append("comment") }
        if (try? checkRating(pledge, by: party)) != nil { codes.append("rate") }
        if pledge.status.isPublic, (try? checkHide(by: party)) != nil { codes.append("hide") }
        return codes
    }

    static func require(_ condition: Bool, _ zh: String, _ en: String) throws {
        if !condition { throw DomainError.conflict(Message(zh: zh, en: en)) }
    }
}
