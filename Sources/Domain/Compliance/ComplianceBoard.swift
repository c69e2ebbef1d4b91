/// Judges organisations against a school's meeting rules for a year, as of a day (RULES.md §1):
/// a period is a gap only once it has ended; the current one is due; a meeting counts for the period of its
/// date and for each organisation that took part; periods before founding or after dissolution owe nothing.
public struct ComplianceBoard: Sendable {
    public var rules: MeetingRules
    public var year: Int
    /// Today in the school's time zone.
    public var today: LocalDate

    public init(rules: MeetingRules, year: Int, today: LocalDate) {
        self.rules = rules; self.year = year; self.today = today
    }

    public func cells(for subjects: [ComplianceSubject], facts: [MeetingFact]) -> [ComplianceCell] {
        var factsByKey: [Key: [MeetingFact]] = [:]
        for fact in facts where fact.date.year == year {
            factsByKey[Key(organizationID: fact.organizationID, kind: fact.kind), default: []].append(fact)
        }
        var cells: [ComplianceCell] = []
        for subject in subjects {
            for requirement in rules.requirements(for: subject.kind) {
                let held = factsByKey[Key(organizationID: subject.id, kind: requirement.kind)] ?? []
                for period in Period.all(in: year, unit: requirement.unit) {
                    cells.append(cell(subject, requirement, period, held.filter { period.contains($0.date) }))
                }
            }
        }
        return cells
    }

    func cell(_ subject: ComplianceSubject, _ requirement: MeetingRequirement, _ period: Period,
              _ held: [MeetingFact]) -> ComplianceCell {
        let complete = held.filter(\.isComplete)
        let ordered = (complete + held.filter { !$0.isComplete }).map(\.meetingID)
        let status = status(subject, requirement, period, heldCount: held.count, completeCount: complete.count)
        let explanation = ComplianceExplanation(subject: subject, requirement: requirement, period: period,
                                                held: held, completeCount: complete.count, rules: rules)
            .text(for: status)
        return ComplianceCell(organizationID: subject.id, requirement: requirement, period: period, status: status,
                              meetingIDs: ordered, completeCount: complete.count, heldCount: held.count,
                              explanation: explanation)
    }

    func status(_ subject: ComplianceSubject, _ requirement: MeetingRequirement, _ period: Period,
                heldCount: Int, completeCount: Int) -> ComplianceStatus {
        if !isApplicable(subject, period) { return .notApplicable }
        if completeCount >= requirement.count { return .done }
        if period.firstDay > today { return .upcoming }
        if heldCount >= requirement.count { return .incomplete }
        return period.lastDay < today ? .overdue : .due
    }

    /// The founding period counts unless the branch was founded within the grace days before its end;
    /// the dissolution period counts, later ones do not.
    func isApplicable(_ subject: ComplianceSubject, _ period: Period) -> Bool {
        if let founded = subject.foundedOn {
            if founded > period.lastDay { return false }
            if period.contains(founded) && founded.adding(days: rules.graceDays) > period.lastDay { return false }
        }
        if let dissolved = subject.dissolvedOn, dissolved < period.firstDay { return false }
        return true
    }

    private struct Key: Hashable {
        var organizationID: Organization.ID
        var kind: MeetingKind
    }
}
