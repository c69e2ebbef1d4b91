import Foundation

/// The steps of a reduction: applied → discussed (by the branch) → approved or refused (by the committee above).
extension DuesReduction {
    public static let reasonLimit = 500
    /// A reduction is asked for a year at most: the base is fixed once a year.
    public static let longestMonths = 12

    /// Checks an application as typed.
    public static func application(id: ID, schoolID: School.ID, personID: Person.ID, kind: Kind, amount: Int?,
                                   from: YearMonth, to: YearMonth, reason: String, by login: String, at now: Date) throws -> DuesReduction {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if to < from {
            throw DomainError.invalid(field: "to", message: Message(zh: "结束月份不能早于开始月份", en: "The last month cannot be before the first"))
        }
        if from.months(until: to) + 1 > longestMonths {
            throw DomainError.invalid(field: "to", message: Message(zh: "一次申请不超过\(longestMonths)个月", en: "At most \(longestMonths) months per application"))
        }
        if kind == .reduce {
            guard let amount, amount > 0, amount <= Fen.limit else {
                throw DomainError.invalid(field: "amount", message: Message(zh: "少交请填写每月应交金额（元）", en: "Give the reduced monthly amount in yuan"))
            }
        }
        if reason.isEmpty || reason.count > reasonLimit {
            throw DomainError.invalid(field: "reason", message: Message(zh: "请填写申请理由（不超过\(reasonLimit)字）", en: "Give the reason (at most \(reasonLimit) characters)"))
        }
        return DuesReduction(id: id, schoolID: schoolID, personID: personID, kind: kind, amount: amount, from: from, to: to,
                             reason: reason, appliedBy: login, appliedAt: now)
    }

    /// The branch has discussed it (支部讨论), on a day, with its conclusion.
    public func discussed(on day: LocalDate, note: String, by login: String) throws -> DuesReduction {
        guard status == .applied else {
            throw DomainError.conflict(Message(zh: "只有已申请的才能登记支部讨论", en: "Only an application can be discussed"))
        }
        var r = self
        r.status = .discussed; r.discussedOn = day; r.discussedBy = login
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        r.discussionNote = note.isEmpty ? nil : String(note.prefix(Self.reasonLimit))
        return r
    }

    /// The committee above approves (with its reference) or refuses; only after the branch discussed it.
    public func decided(approve: Bool, reference: String, by login: String, at now: Date) throws -> DuesReduction {
        guard status == .discussed else {
            throw DomainError.conflict(Message(zh: "须经支部讨论后再由上级党委审批", en: "The branch must discuss it before the committee above decides"))
        }
        let reference = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        if approve && reference.isEmpty {
            throw DomainError.invalid(field: "reference", message: Message(zh: "请填写批准文号或批复", en: "Give the approval's reference"))
        }
        var r = self
        r.status = approve ? .approved : .refused
        r.approvedBy = login; r.approvedAt = now; r.approvalReference = reference.isEmpty ? nil : String(reference.prefix(200))
        return r
    }
}
