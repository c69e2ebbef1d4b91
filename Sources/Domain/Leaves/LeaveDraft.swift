import Foundation

/// What a student applies for, or an administrator records for a staff member: days, destination, reason.
public struct LeaveDraft: Equatable, Sendable {
    public var firstDay: LocalDate
    public var lastDay: LocalDate
    public var destination: String
    public var reason: String

    public init(firstDay: LocalDate, lastDay: LocalDate, destination: String, reason: String) {
        self.firstDay = firstDay; self.lastDay = lastDay; self.destination = destination; self.reason = reason
    }

    public static let destinationLimit = 100
    public static let reasonLimit = 500
    /// A longer absence is a suspension of studies (休学), not a leave.
    public static let longestDays = 180

    /// Trims the texts and checks them and the days against `today` (the school's business day).
    public func validated(today: LocalDate) throws -> LeaveDraft {
        var draft = self
        draft.destination = destination.trimmingCharacters(in: .whitespacesAndNewlines)
        draft.reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if firstDay < today {
            throw DomainError.invalid(field: "firstDay", message: Message(zh: "离校日期不能早于今天", en: "The first day cannot be before today"))
        }
        if lastDay < firstDay {
            throw DomainError.invalid(field: "lastDay", message: Message(zh: "返校日期不能早于离校日期", en: "The last day cannot be before the first day"))
        }
        if firstDay.days(until: lastDay) + 1 > Self.longestDays {
            throw DomainError.invalid(field: "lastDay", message: Message(
                zh: "请假不能超过\(Self.longestDays)天", en: "A leave may last at most \(Self.longestDays) days"))
        }
        if draft.destination.isEmpty || draft.destination.count > Self.destinationLimit {
            throw DomainError.invalid(field: "destination", message: Message(
                zh: "请填写去向（不超过\(Self.destinationLimit)字）", en: "Say where to (at most \(Self.destinationLimit) characters)"))
        }
        if draft.reason.isEmpty || draft.reason.count > Self.reasonLimit {
            throw DomainError.invalid(field: "reason", message: Message(
                zh: "请填写事由（不超过\(Self.reasonLimit)字）", en: "Give the reason (at most \(Self.reasonLimit) characters)"))
        }
        return draft
    }
}
