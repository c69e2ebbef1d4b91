/// The sentence under a cell of the board: which rule, which period, what was found.
struct ComplianceExplanation {
    var subject: ComplianceSubject
    var requirement: MeetingRequirement
    var period: Period
    var held: [MeetingFact]
    var completeCount: Int
    var rules: MeetingRules
    /// `requirement.summary` and `period.label`, computed once per board by the caller.
    var rule: Message
    var periodLabel: Message

    func text(for status: ComplianceStatus) -> Message {
        let p = periodLabel
        switch status {
        case .done:
            return Message(zh: "\(p.zh)已召开\(held.count)次，其中完整\(completeCount)次。规则：\(rule.zh)",
                           en: "\(p.en): held \(held.count), \(completeCount) complete. Rule: \(rule.en)")
        case .incomplete:
            let missing = Set(held.flatMap { $0.missingElements })
            let zh = missing.map(\.zh).sorted().joined(separator: "、")
            let en = missing.map(\.en).sorted().joined(separator: ", ")
            return Message(zh: "\(p.zh)已召开\(held.count)次，但缺少规定环节：\(zh)。规则：\(rule.zh)",
                           en: "\(p.en): held \(held.count), but missing required elements: \(en). Rule: \(rule.en)")
        case .due:
            return Message(zh: "本期（\(p.zh)，截至\(period.lastDay.iso)）尚需\(requirement.count - completeCount)次。规则：\(rule.zh)",
                           en: "Current period (\(p.en), ends \(period.lastDay.iso)): \(requirement.count - completeCount) still due. Rule: \(rule.en)")
        case .overdue:
            return Message(zh: "\(p.zh)已结束，仅召开\(held.count)次，要求\(requirement.count)次。规则：\(rule.zh)",
                           en: "\(p.en) has ended with \(held.count) held of \(requirement.count) required. Rule: \(rule.en)")
        case .notApplicable:
            if let founded = subject.foundedOn, founded >= period.firstDay {
                return Message(zh: "\(subject.name)成立于\(founded.iso)，\(p.zh)不作要求（宽限\(rules.graceDays)天）",
                               en: "\(subject.name) was founded on \(founded.iso); nothing is owed for \(p.en) (grace \(rules.graceDays) days)")
            }
            let dissolved = subject.dissolvedOn?.iso ?? ""
            return Message(zh: "\(subject.name)已于\(dissolved)撤销，\(p.zh)不作要求",
                           en: "\(subject.name) was dissolved on \(dissolved); nothing is owed for \(p.en)")
        case .upcoming:
            return Message(zh: "\(p.zh)尚未开始。规则：\(rule.zh)", en: "\(p.en) has not begun. Rule: \(rule.en)")
        }
    }
}
