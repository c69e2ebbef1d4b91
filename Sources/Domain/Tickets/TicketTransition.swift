import Foundation

/// The demand tracker's flow as one pure function: submitted → accepted → answered → confirmed → rated, with
/// transfer (the clock keeps running), request-info (it pauses), merge and one reopen.
public struct TicketTransition: Sendable {
    public var deadlines: TicketDeadlines

    public init(deadlines: TicketDeadlines) { self.deadlines = deadlines }

    public func apply(_ action: TicketAction, to ticket: Ticket, by party: TicketParty, actor: Person.ID?, at now: Date) throws -> Ticket {
        if action.isRequesters ? !party.isRequester : !party.isHandler { throw DomainError.forbidden }
        var t = ticket
        switch action {
        case .accept(let assignee):
            try require(t.status == .submitted || t.status == .accepted, "只能受理待受理或已受理的诉求", "Only a new or accepted ticket can be accepted")
            if assignee != actor, !party.mayAssignOthers { throw DomainError.forbidden }
            t.status = .accepted; t.assigneeID = assignee
        case .answer(let text):
            try require(t.status.isRunning, "该诉求当前不能答复", "This ticket cannot be answered now")
            t.answer = try Self.text(text, field: "answer", limit: TicketAction.answerLimit)
            t.status = .answered; t.answeredAt = now; t.answeredBy = actor
        case .transfer(let department, let category, let note):
            try require(t.status.isRunning, "该诉求当前不能转办", "This ticket cannot be transferred now")
            if department == t.departmentID {
                throw DomainError.invalid(field: "department", message: Message(zh: "请选择另一个部门", en: "Choose another department"))
            }
            _ = try Self.text(note, field: "note", limit: TicketAction.noteLimit)
            t.departmentID = department; t.categoryID = category ?? t.categoryID
            t.status = .submitted; t.assigneeID = nil
        case .requestInfo(let question):
            try require(t.status.isRunning, "该诉求当前不能补充材料", "This ticket cannot wait for information now")
            _ = try Self.text(question, field: "note", limit: TicketAction.noteLimit)
            t.status = .infoRequested; t.pausedAt = now
        case .provideInfo(let text):
            try require(t.status == .infoRequested, "该诉求没有在等待补充材料", "This ticket is not waiting for information")
            _ = try Self.text(text, field: "note", limit: TicketAction.noteLimit)
            let resumed = deadlines.resumed(t.clock, pausedAt: t.pausedAt ?? now, resumedAt: now)
            t.clock = resumed.clock; t.pausedDays += resumed.pausedDays; t.pausedAt = nil
            t.status = t.assigneeID == nil ? .submitted : .accepted
            t.escalation = min(t.escalation, t.clock.escalation(at: now))
        case .confirm:
            try require(t.status == .answered, "只有已答复的诉求可以确认", "Only an answered ticket can be confirmed")
            t.status = .confirmed; t.confirmedAt = now
        case .reopen(let reason):
            try require(t.status == .answered || t.status == .confirmed,
                        "该诉求当前不能重新打开", "This ticket cannot be reopened now")
            if t.reopenCount > 0 { throw DomainError.conflict(Message(zh: "每个诉求只能重新打开一次", en: "A ticket can be reopened only once")) }
            guard let answeredAt = t.answeredAt,
                  now < answeredAt.addingTimeInterval(TimeInterval(deadlines.settings.reopenDays) * 86_400) else {
                throw DomainError.conflict(Message(zh: "答复已超过\(deadlines.settings.reopenDays)天，不能再重新打开",
                                                   en: "More than \(deadlines.settings.reopenDays) days have passed since the answer"))
            }
            _ = try Self.text(reason, field: "note", limit: TicketAction.noteLimit)
            t.reopenCount += 1
            t.status = t.assigneeID == nil ? .submitted : .accepted
            t.answer = nil; t.answeredAt = nil; t.answeredBy = nil; t.answeredOnSpot = false
            t.confirmedAt = nil; t.autoConfirmed = false; t.rating = nil; t.ratingComment = nil
            t.clock = deadlines.clock(submittedAt: now, limit: t.timeLimitDays); t.escalation = .none
        case .rate(let score, let comment):
            try require(t.status == .answered || t.status == .confirmed, "只有已答复的诉求可以评价", "Only an answered ticket can be rated")
            if t.rating != nil { throw DomainError.conflict(Message(zh: "每个诉求只能评价一次", en: "A ticket can be rated only once")) }
            guard (1...5).contains(score) else {
                throw DomainError.invalid(field: "score", message: Message(zh: "评分应为1至5星", en: "The rating must be 1 to 5 stars"))
            }
            let comment = try Self.text(comment, field: "comment", limit: TicketAction.noteLimit, optional: true)
            t.ratingComment = comment.isEmpty ? nil : comment
            t.rating = score
            if t.status == .answered { t.status = .confirmed; t.confirmedAt = now }
        case .merge(let target):
            try require(t.status.isOpen, "只能合并尚未答复的诉求", "Only an unanswered ticket can be merged")
            if target == t.id { throw DomainError.invalid(field: "into", message: Message(zh: "不能合并到自身", en: "A ticket cannot be merged into itself")) }
            t.status = .merged; t.mergedInto = target; t.pausedAt = nil
        }
        return t
    }

    /// Confirms an answered ticket whose requester let the confirmation period pass.
    public func autoConfirmed(_ ticket: Ticket, at now: Date) -> Ticket? {
        guard ticket.status == .answered, let answeredAt = ticket.answeredAt,
              now >= answeredAt.addingTimeInterval(TimeInterval(deadlines.settings.autoConfirmDays) * 86_400) else { return nil }
        var t = ticket
        t.status = .confirmed; t.confirmedAt = now; t.autoConfirmed = true
        return t
    }

    private func require(_ condition: Bool, _ zh: String, _ en: String) throws {
        if !condition { throw DomainError.conflict(Message(zh: zh, en: en)) }
    }

    static func text(_ text: String, field: String, limit: Int, optional: Bool = false) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if (trimmed.isEmpty && !optional) || trimmed.count > limit {
            throw DomainError.invalid(field: field, message: Message(zh: "请填写内容（不超过\(limit)字）",
                                                                     en: "Fill this in (at most \(limit) characters)"))
        }
        return trimmed
    }
}
