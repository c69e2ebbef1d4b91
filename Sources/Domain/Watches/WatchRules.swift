import Foundation

/// Who may act on a watch, and what a follow-up, a closing and a manual opening must hold. Pure: the store
/// calls these inside its transaction with the row it has just read.
public enum WatchRules {
    public static let reasonLimit = 200
    public static let noteLimit = 1000
    /// A follow-up may be logged a little ahead of the server's clock (a phone's clock runs fast), not more.
    public static let clockSlack: TimeInterval = 10 * 60

    /// manageWatches, within the actor's school and grid. Out of scope reads as missing, not as forbidden.
    public static func checkManage(_ watch: Watch, actor: Actor) throws {
        guard actor.scope.includes(school: watch.schoolID),
              actor.scope.isEverything || watch.gridPath.map(actor.scope.includes(gridPath:)) == true
        else { throw DomainError.notFound }
        guard actor.may(.manageWatches) else { throw DomainError.forbidden }
    }

    /// A follow-up on an open watch, with a method and a result, not in the future.
    public static func followUp(_ draft: FollowUpDraft, on watch: Watch, by actor: Actor, now: Date) throws -> FollowUpDraft {
        try checkManage(watch, actor: actor)
        guard watch.status == .open else {
            throw DomainError.conflict(Message(zh: "该关注已结束，不能再登记随访", en: "This watch is closed: no more follow-ups"))
        }
        guard let method = draft.method else {
            throw DomainError.invalid(field: "method", message: Message(zh: "请选择随访方式", en: "Choose how you followed up"))
        }
        guard let result = draft.result else {
            throw DomainError.invalid(field: "result", message: Message(zh: "请选择随访结果", en: "Choose the result"))
        }
        let happenedAt = draft.happenedAt ?? now
        if happenedAt > now.addingTimeInterval(clockSlack) {
            throw DomainError.invalid(field: "happenedAt", message: Message(zh: "随访时间不能晚于现在", en: "The follow-up cannot be in the future"))
        }
        let note = try text(draft.note, field: "note", limit: noteLimit, optional: true)
        return FollowUpDraft(method: method, result: result, note: note, happenedAt: happenedAt)
    }

    /// Closing needs an open watch and a reason; "other" needs the reason in words.
    public static func close(_ watch: Watch, with closing: WatchClosing?, by actor: Actor) throws -> WatchClosing {
        try checkManage(watch, actor: actor)
        guard watch.status == .open else {
            throw DomainError.conflict(Message(zh: "该关注已经结束", en: "This watch is already closed"))
        }
        guard let closing else {
            throw DomainError.invalid(field: "reason", message: Message(zh: "请选择结束关注的原因", en: "Choose why the watch ends"))
        }
        let words = try text(closing.text, field: "text", limit: reasonLimit, optional: closing.reason != .other)
        return WatchClosing(reason: closing.reason, text: words)
    }

    /// The reason of a manual opening, trimmed.
    public static func openingReason(_ reason: String) throws -> String {
        try text(reason, field: "reason", limit: reasonLimit, optional: false)
    }

    static func text(_ text: String, field: String, limit: Int, optional: Bool) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty && !optional {
            throw DomainError.invalid(field: field, message: Message(zh: "请写明原因（不超过\(limit)字）",
                                                                     en: "Give the reason (at most \(limit) characters)"))
        }
        if trimmed.count > limit {
            throw DomainError.invalid(field: field, message: Message(zh: "不超过\(limit)字", en: "At most \(limit) characters"))
        }
        return trimmed
    }
}
