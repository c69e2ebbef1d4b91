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
        var plans: [Organization.Kind: [Plan]] = [:]
        var cells: [ComplianceCell] = []
        for subject in subjects {
            let kindPlans = plans[subject.kind] ?? rules.requirements(for: subject.kind).map { Plan($0, year: year) }
            plans[subject.kind] = kindPlans
            for plan in kindPlans {
                // Each fact goes straight to its period instead of being tested against every period.
                var held = Array(repeating: [MeetingFact](), count: plan.periods.count)
                for fact in factsByKey[Key(organizationID: subject.id, kind: plan.requirement.kind)] ?? [] {
                    held[(fact.date.month - 1) / plan.requirement.unit.months].append(fact)
                }
                for index in plan.periods.indices { cells.append(cell(subject, plan, index, held[index])) }
            }
        }
        return cells
    }

    /// A requirement with what all its cells share, worked out once per board: its periods of the year, their
    /// labels and the rule's summary (the strings of a school's explanations are most of the board's work).
    struct Plan {
        var requirement: MeetingRequirement
        var rule: Message
        var periods: [Period]
        var labels: [Message]

        init(_ requirement: MeetingRequirement, year: Int) {
            self.requirement = requirement
            rule = requirement.summary
            periods = Period.all(in: year, unit: requirement.unit)
            labels = periods.map(\.label)
        }
    }

    func cell(_ subject: ComplianceSubject, _ plan: Plan, _ index: Int, _ held: [MeetingFact]) -> ComplianceCell {
        let (requirement, period) = (plan.requirement, plan.periods[index])
        let complete = held.filter(\.isComplete)
        let ordered = (complete + held.filter { !$0.isComplete }).map(\.meetingID)
        let status = status(subject, requirement, period, heldCount: held.count, completeCount: complete.count)
        let explanation = ComplianceExplanation(subject: subject, requirement: requirement, period: period,
                                                held: held, completeCount: complete.count, rules: rules,
                                                rule: plan.rule, periodLabel: plan.labels[index])
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
