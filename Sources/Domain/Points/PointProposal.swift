import Foundation

/// A manual entry as proposed by a member or a secretary: which rule, for whom, how much, on which day, with what
/// evidence. Validated here; caps and approval are applied by `PointLedger`.
public struct PointProposal: Equatable, Sendable {
    public var personID: Person.ID
    public var event: PointEvent
    public var quantity: Int
    public var day: LocalDate
    public var evidence: String

    public init(personID: Person.ID, event: PointEvent, quantity: Int, day: LocalDate, evidence: String) {
        self.personID = personID; self.event = event; self.quantity = quantity; self.day = day; self.evidence = evidence
    }

    public static let evidenceLimit = 1000

    /// The day may be at most 31 days back and not in the future; evidence is required; the quantity must make a unit.
    public func validated(rule: PointRule, today: LocalDate) throws -> PointProposal {
        var p = self
        p.evidence = evidence.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !p.evidence.isEmpty, p.evidence.count <= Self.evidenceLimit else {
            throw DomainError.invalid(field: "evidence", message: Message(zh: "请填写佐证材料说明（不超过\(Self.evidenceLimit)字）",
                                                                          en: "Describe the evidence (at most \(Self.evidenceLimit) characters)"))
        }
        guard quantity > 0, quantity <= 10_000, rule.unit.units(of: quantity) > 0 else {
            throw DomainError.invalid(field: "quantity", message: rule.unit == .thirtyMinutes
                ? Message(zh: "学习时长至少30分钟", en: "Study time must be at least 30 minutes")
                : Message(zh: "数量应为正整数", en: "The quantity must be a positive whole number"))
        }
        guard day <= today, today.adding(days: -31) <= day else {
            throw DomainError.invalid(field: "day", message: Message(zh: "日期须在最近31天内且不晚于今天",
                                                                     en: "The day must be within the last 31 days and not in the future"))
        }
        return p
    }
}
