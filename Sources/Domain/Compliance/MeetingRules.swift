/// A school's rules of organisational life: the requirements, the checklist of required elements per kind,
/// the grace after a branch is founded, and when reminders go out. Defaults follow RULES.md §1.
public struct MeetingRules: Codable, Equatable, Sendable {
    public var requirements: [MeetingRequirement]
    public var requiredElements: [MeetingKind: [RequiredElement]]
    /// A branch founded fewer than this many days before a period ends owes nothing for that period.
    public var graceDays: Int
    /// Reminders go to branches that still owe a meeting this many days before the period ends.
    public var reminderDaysBeforeEnd: Int

    public init(requirements: [MeetingRequirement], requiredElements: [MeetingKind: [RequiredElement]],
                graceDays: Int = 0, reminderDaysBeforeEnd: Int = 7) {
        self.requirements = requirements; self.requiredElements = requiredElements
        self.graceDays = graceDays; self.reminderDaysBeforeEnd = reminderDaysBeforeEnd
    }

    public static let regulation = "《中国共产党支部工作条例（试行）》"
    public static let regulationEn = "Regulations on Party Branch Work (trial), 2018"

    public static let standard = MeetingRules(
        requirements: [
            MeetingRequirement(kind: .generalMeeting, unit: .quarter, sourceZh: regulation + "第十一条", sourceEn: regulationEn + ", Art. 11"),
            MeetingRequirement(kind: .committeeMeeting, unit: .month, sourceZh: regulation + "第十二条", sourceEn: regulationEn + ", Art. 12"),
            MeetingRequirement(kind: .groupMeeting, unit: .month, appliesTo: .group, sourceZh: regulation + "第十三条", sourceEn: regulationEn + ", Art. 13"),
            MeetingRequirement(kind: .partyLecture, unit: .quarter, sourceZh: "党课每季度至少1次（通行做法）", sourceEn: "one lecture a quarter (common local rule)"),
            MeetingRequirement(kind: .themedPartyDay, unit: .month, sourceZh: regulation + "第十三条（主题党日）", sourceEn: regulationEn + ", Art. 13 (themed day)"),
            MeetingRequirement(kind: .lifeMeeting, unit: .year, sourceZh: regulation + "第十四条", sourceEn: regulationEn + ", Art. 14"),
            MeetingRequirement(kind: .democraticAppraisal, unit: .year, sourceZh: regulation + "第十四条（民主评议）", sourceEn: regulationEn + ", Art. 14 (appraisal)"),
            MeetingRequirement(kind: .heartToHeartTalk, unit: .year, sourceZh: regulation + "第十五条", sourceEn: regulationEn + ", Art. 15"),
        ],
        requiredElements: [
            .themedPartyDay: [.renewOath, .payDues],
            .lifeMeeting: [.criticism],
            .democraticAppraisal: [.grading],
        ]
    )

    public func elements(of kind: MeetingKind) -> [RequiredElement] { requiredElements[kind] ?? [] }

    public func requirements(for kind: Organization.Kind) -> [MeetingRequirement] {
        requirements.filter { $0.appliesTo == kind }
    }

    /// Refuses a rule set that would weaken the 条例 below its minimum or make no sense.
    public func validated() throws -> MeetingRules {
        for requirement in requirements {
            if requirement.count < 1 || requirement.count > 31 {
                throw DomainError.invalid(field: "count", message: Message(
                    zh: "\(requirement.kind.label.zh)的次数须在1到31之间", en: "\(requirement.kind.label.en): the count must be 1 to 31"))
            }
            if let standard = Self.standard.requirements.first(where: { $0.kind == requirement.kind && $0.appliesTo == requirement.appliesTo }),
               Self.perYear(requirement) < Self.perYear(standard) {
                throw DomainError.invalid(field: "count", message: Message(
                    zh: "\(requirement.kind.label.zh)的要求不能低于\(standard.summary.zh)",
                    en: "\(requirement.kind.label.en) cannot be less than: \(standard.summary.en)"))
            }
        }
        // Dropping a requirement is the furthest way below the minimum.
        for standard in Self.standard.requirements
        where !requirements.contains(where: { $0.kind == standard.kind && $0.appliesTo == standard.appliesTo }) {
            throw DomainError.invalid(field: "requirements", message: Message(
                zh: "不能取消：\(standard.summary.zh)", en: "Cannot be dropped: \(standard.summary.en)"))
        }
        if graceDays < 0 || graceDays > 92 {
            throw DomainError.invalid(field: "graceDays", message: Message(zh: "宽限天数须在0到92之间", en: "Grace days must be 0 to 92"))
        }
        if reminderDaysBeforeEnd < 0 || reminderDaysBeforeEnd > 27 {
            throw DomainError.invalid(field: "reminderDaysBeforeEnd", message: Message(
                zh: "提前提醒天数须在0到27之间", en: "Days of notice must be 0 to 27"))
        }
        for (kind, elements) in requiredElements where Set(elements.map(\.id)).count != elements.count {
            throw DomainError.invalid(field: "elements", message: Message(
                zh: "\(kind.label.zh)的规定环节有重复", en: "\(kind.label.en) lists an element twice"))
        }
        return self
    }

    private static func perYear(_ r: MeetingRequirement) -> Int { r.count * 12 / r.unit.months }
}
