import Foundation

/// The demo's 党费: a category and base for every member this year and last (students 0.20, staff by salary,
/// retirees on their pension), their payments with realistic arrears (most pay on time; some are 1–2, 3–5 and 6+
/// months behind), a few approved reductions, and each organisation's ledger (`DemoDues+Ledger`).
public struct DemoDues: Sendable {
    public var profiles: [DuesProfile]
    public var payments: [DuesPayment]
    public var reductions: [DuesReduction]
    public var ledger: [DuesLedgerEntry]

    /// Months of payments before the demo's month: from July last year, so that arrears cross the year end.
    static let historyStart = 18

    public static func generate(for demo: DemoUniversity) -> DemoDues {
        var rng = DemoRandom(seed: demo.seed, stream: "dues")
        let zone = demo.school.timeZone, current = YearMonth(demo.today)
        let joined = Dictionary(demo.transfers.map { ($0.personID, $0.date) }, uniquingKeysWith: max)
        var dues = DemoDues(profiles: [], payments: [], reductions: [], ledger: [])
        for person in demo.people.map(\.person) where person.politicalStatus.isPartyMember && person.organizationID != nil {
            let first = DuesObligation.firstMonth(isMember: true, admitted: person.stages.probationary, joinedBranch: joined[person.id])
            let profile = drawProfile(person, rng: &rng)
            for year in [demo.today.year - 1, demo.today.year] {
                dues.profiles.append(DuesProfile(personID: person.id, year: year, category: profile.0, monthlyBase: profile.1,
                                                 setBy: "demo", setAt: YearMonth(year: year, month: 1)!.firstDay.start(in: zone).addingTimeInterval(9 * 3600)))
            }
            let exempt = dues.drawReduction(person, demo: demo, rng: &rng)
            let behind = rng.pick([0, 1, 2, 3, 4, 6, 7, 9], weights: [82, 5, 3, 3, 2, 2, 2, 1])
            let from = max(current.adding(months: -historyStart), first ?? current)
            for month in YearMonth.range(from, through: current) where !(exempt?.kind == .exempt && exempt!.covers(month)) {
                let due = current.months(until: month) // ≤ 0
                if -due < behind || (due == 0 && !rng.chance(0.4)) { continue }
                let amount = exempt?.kind == .reduce && exempt!.covers(month) ? exempt!.amount!
                    : (try? DuesRate.monthly(profile.0, base: profile.1).amount) ?? 20
                let late = rng.chance(0.12) && due < 0
                let day = LocalDate(year: month.year, month: month.month, day: rng.int(in: 3...26))!
                let recordedOn = late ? day.adding(days: 31) : day
                let recorded = recordedOn.start(in: zone).addingTimeInterval(Double(rng.int(in: 9 * 60...20 * 60)) * 60)
                dues.payments.append(DuesPayment(id: .init(rng.uuid()), schoolID: demo.school.id, personID: person.id,
                                                 organizationID: person.organizationID, month: month, amount: amount,
                                                 method: rng.pick(DuesPaymentMethod.allCases.dropLast().map { $0 }, weights: [20, 15, 50, 15]),
                                                 paidAt: recorded, recordedBy: "demo", recordedAt: recorded))
            }
        }
        dues.ledger = DemoDuesLedger.build(demo, payments: dues.payments, rng: &rng)
        return dues
    }

    /// Students pay 0.20; staff on their after-tax salary (a few on an annual salary); retirees on their pension.
    private static func drawProfile(_ person: Person, rng: inout DemoRandom) -> (DuesCategory, Int) {
        switch person.kind {
        case .student: return (.student, 0)
        case .retired: return (.retired, rng.int(in: 3_600...9_800) * 100 + rng.pick([0, 0, 50]))
        case .staff:
            if rng.chance(0.01) { return (.annualSalary, rng.int(in: 15_000...30_000) * 100) }
            return (.salaried, rng.int(in: 3_200...16_500) * 100 + rng.pick([0, 0, 0, 25, 50]))
        }
    }

    /// About one member in eighty has an approved 少交/免交 for some months of this year.
    private mutating func drawReduction(_ person: Person, demo: DemoUniversity, rng: inout DemoRandom) -> DuesReduction? {
        guard person.kind != .student, rng.chance(0.0125), demo.today.month >= 3 else { return nil }
        let from = YearMonth(year: demo.today.year, month: rng.int(in: 1...max(1, demo.today.month - 2)))!
        let exempt = rng.chance(0.5)
        let applied = from.firstDay.adding(days: -20).start(in: demo.school.timeZone).addingTimeInterval(10 * 3600)
        var r = DuesReduction(id: .init(rng.uuid()), schoolID: demo.school.id, personID: person.id, kind: exempt ? .exempt : .reduce,
                              amount: exempt ? nil : rng.pick([200, 500, 1_000]), from: from, to: from.adding(months: rng.int(in: 2...5)),
                              reason: exempt ? "本人重病住院，家庭经济特别困难" : "家属长期患病，家庭收入明显减少",
                              status: .approved, appliedBy: "demo", appliedAt: applied)
        r.discussedOn = from.firstDay.adding(days: -14); r.discussionNote = "支部党员大会讨论同意，报上级党委审批"; r.discussedBy = "demo"
        r.approvedBy = "demo"; r.approvedAt = applied.addingTimeInterval(12 * 86_400)
        r.approvalReference = "党委组织部〔\(demo.today.year)〕\(rng.int(in: 3...40))号"
        reductions.append(r)
        return r
    }
}
