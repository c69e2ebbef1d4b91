import Foundation

/// The ledger's rules as pure functions: what a new entry becomes, what approval and refusal do, and what a
/// correction may be. Persistence supplies the earned sums, the frozen years and the clock.
public enum PointLedger {
    /// What one member has already been granted by one rule, for the caps.
    public struct Earned: Equatable, Sendable {
        public var today: Int
        public var thisMonth: Int
        public init(today: Int, thisMonth: Int) { self.today = today; self.thisMonth = thisMonth }
    }

    /// An automatic entry: capped at once; one that fits nothing is recorded as `capped` with the reason.
    /// A rule that needs approval makes it pending with the points requested.
    public static func automatic(_ rule: PointRule, person: Person.ID, quantity: Int, source: String, day: LocalDate,
                                 earned: Earned, by login: String, at now: Date) -> PointEntry {
        let requested = rule.points(for: quantity)
        var entry = PointEntry(id: .init(UUID()), schoolID: rule.schoolID, personID: person, ruleID: rule.id, event: rule.event,
                               quantity: quantity, points: requested, requestedPoints: requested, day: day,
                               status: .pending, source: source, proposedBy: login, createdAt: now)
        if rule.needsApproval { return entry }
        let cap = PointCap.apply(rule, requested: requested, earnedToday: earned.today, earnedThisMonth: earned.thisMonth)
        entry.points = cap.points; entry.note = cap.reason?.zh
        entry.status = cap.isExhausted ? .capped : .approved
        entry.decidedBy = login; entry.decidedAt = now
        return entry
    }

    /// A manual entry: granted at once when the rule needs no approval or the proposer may approve it (`approver`),
    /// else pending. A proposal the caps leave at 0 is refused with the reason.
    public static func manual(_ proposal: PointProposal, rule: PointRule, earned: Earned, approvedBy approver: String?,
                              proposedBy login: String, at now: Date) throws -> PointEntry {
        guard rule.isEnabled else { throw disabled(rule) }
        let requested = rule.points(for: proposal.quantity)
        var entry = PointEntry(id: .init(UUID()), schoolID: rule.schoolID, personID: proposal.personID, ruleID: rule.id,
                               event: rule.event, quantity: proposal.quantity, points: requested, requestedPoints: requested,
                               day: proposal.day, status: .pending, source: nil, evidence: proposal.evidence,
                               proposedBy: login, createdAt: now)
        let cap = try granted(rule, requested: requested, earned: earned)
        if rule.needsApproval && approver == nil { return entry }
        entry.points = cap.points; entry.note = cap.reason?.zh
        entry.status = .approved; entry.decidedBy = approver ?? login; entry.decidedAt = now
        return entry
    }

    /// Approves a pending entry: it is granted what the caps leave now; nothing left refuses the approval.
    public static func approve(_ entry: PointEntry, rule: PointRule, earned: Earned, by login: String, at now: Date) throws -> PointEntry {
        try requirePending(entry)
        let cap = try granted(rule, requested: entry.requestedPoints, earned: earned)
        var e = entry
        e.points = cap.points; e.note = cap.reason?.zh; e.status = .approved; e.decidedBy = login; e.decidedAt = now
        return e
    }

    /// Refuses a pending entry, with a reason the proposer reads.
    public static func refuse(_ entry: PointEntry, reason: String, by login: String, at now: Date) throws -> PointEntry {
        try requirePending(entry)
        var e = entry
        e.note = try text(reason, field: "reason")
        e.points = 0; e.status = .refused; e.decidedBy = login; e.decidedAt = now
        return e
    }

    /// A correction: a new approved entry on the corrected entry's day, adding `points` (usually negative) with a
    /// reason. Only counted entries are corrected, and the corrected line never goes below 0 in total.
    public static func correction(of entry: PointEntry, points: Int, reason: String, correctedSoFar: Int, by login: String,
                                  at now: Date) throws -> PointEntry {
        guard entry.status == .approved, !entry.isCorrection else {
            throw DomainError.conflict(Message(zh: "只能更正已计入的积分记录", en: "Only a counted entry can be corrected"))
        }
        guard points != 0, abs(points) <= PointRule.maximumPoints * 10 else {
            throw DomainError.invalid(field: "points", message: Message(zh: "更正分值不能为0", en: "A correction must change the points"))
        }
        guard entry.points + correctedSoFar + points >= 0 else {
            throw DomainError.invalid(field: "points", message: Message(
                zh: "更正后该记录的积分不能为负（现为\(entry.points + correctedSoFar)分）",
                en: "The corrected entry cannot go below 0 (it stands at \(entry.points + correctedSoFar))"))
        }
        let note = try text(reason, field: "reason")
        return PointEntry(id: .init(UUID()), schoolID: entry.schoolID, personID: entry.personID, ruleID: entry.ruleID,
                          event: entry.event, quantity: 0, points: points, requestedPoints: points, day: entry.day,
                          status: .approved, source: nil, proposedBy: login, note: note, corrects: entry.id, createdAt: now)
    }

    private static func granted(_ rule: PointRule, requested: Int, earned: Earned) throws -> PointCap {
        let cap = PointCap.apply(rule, requested: requested, earnedToday: earned.today, earnedThisMonth: earned.thisMonth)
        if cap.isExhausted, let reason = cap.reason { throw DomainError.conflict(reason) }
        return cap
    }

    private static func requirePending(_ entry: PointEntry) throws {
        guard entry.status == .pending else {
            throw DomainError.conflict(Message(zh: "该积分申请已处理", en: "This entry has already been decided"))
        }
    }

    private static func disabled(_ rule: PointRule) -> DomainError {
        .invalid(field: "event", message: Message(zh: "积分规则“\(rule.name)”未启用", en: "The rule \"\(rule.name)\" is not in force"))
    }

    static func text(_ text: String, field: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 500 else {
            throw DomainError.invalid(field: field, message: Message(zh: "请填写理由（不超过500字）", en: "Give a reason (at most 500 characters)"))
        }
        return trimmed
    }
}
