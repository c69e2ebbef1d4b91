import Foundation

/// The demo's dues ledgers: each branch collects its members' dues per quarter and passes them up to its college
/// (or general branch); each college keeps half and passes half up to the school, spends some on education and
/// relieves members in hardship (慰问); the school committee allocates 12万元 to front-line units (下拨).
enum DemoDuesLedger {
    static func build(_ demo: DemoUniversity, payments: [DuesPayment], rng: inout DemoRandom) -> [DuesLedgerEntry] {
        let byID = Dictionary(uniqueKeysWithValues: demo.organizations.map { ($0.id, $0) })
        func upper(_ o: Organization) -> Organization? {
            var parent = o.parentID.flatMap { byID[$0] }
            while let p = parent, p.kind == .branch || p.kind == .group { parent = p.parentID.flatMap { byID[$0] } }
            return parent
        }
        func branch(_ id: Organization.ID?) -> Organization? {
            var o = id.flatMap { byID[$0] }
            while let g = o, g.kind == .group { o = g.parentID.flatMap { byID[$0] } }
            return o
        }
        var entries: [DuesLedgerEntry] = []
        func add(_ o: Organization, _ kind: DuesLedgerKind, _ amount: Int, _ day: LocalDate, _ purpose: String,
                 counterparty: String? = nil, approval: String? = nil, documents: [String] = []) {
            guard amount > 0, day <= demo.today else { return }
            let draft = DuesLedgerDraft(kind: kind, amount: amount, occurredOn: day, counterparty: counterparty, purpose: purpose,
                                        approvalReference: approval, documents: documents)
            entries.append(DuesLedgerEntry(id: .init(rng.uuid()), schoolID: demo.school.id, organizationID: o.id, draft: draft,
                                           recordedBy: "demo", recordedAt: day.start(in: demo.school.timeZone).addingTimeInterval(15 * 3600)))
        }
        // Quarters that have ended, of last year and this year.
        let quarters = [demo.today.year - 1, demo.today.year].flatMap { y in (0..<4).map { YearMonth(year: y, month: $0 * 3 + 1)! } }
            .filter { $0.adding(months: 3) <= YearMonth(demo.today) }
        var received: [Organization.ID: [YearMonth: Int]] = [:]
        let perBranch = Dictionary(grouping: payments) { branch($0.organizationID)?.id }
        for (id, paid) in perBranch {
            guard let id, let b = byID[id], let up = upper(b) else { continue }
            for q in quarters {
                let sum = paid.filter { q <= $0.month && $0.month < q.adding(months: 3) }.reduce(0) { $0 + $1.amount }
                let day = q.adding(months: 3).firstDay.adding(days: 4)
                add(b, .collected, sum, day.adding(days: -2), "\(q.year)年第\((q.month + 2) / 3)季度党费收缴")
                add(b, .passedUp, sum, day, "上缴\(q.year)年第\((q.month + 2) / 3)季度党费", counterparty: up.name, documents: ["党费上缴回执单"])
                received[up.id, default: [:]][q, default: 0] += sum
            }
        }
        let root = demo.organizations[0]
        var toSchool: [YearMonth: Int] = [:]
        for (id, quarterSums) in received where id != root.id {
            guard let college = byID[id] else { continue }
            for (q, sum) in quarterSums {
                let day = q.adding(months: 3).firstDay.adding(days: 9), label = "\(q.year)年第\((q.month + 2) / 3)季度"
                add(college, .receivedFromBelow, sum, day, "收到下级党支部上缴\(label)党费")
                add(college, .passedUp, sum / 2, day.adding(days: 3), "按规定上缴校党委\(label)党费", counterparty: root.name, documents: ["党费上缴回执单"])
                add(college, .kept, sum - sum / 2, day.adding(days: 3), "按规定留存\(label)党费")
                toSchool[q, default: 0] += sum / 2
            }
            let year = demo.today.year
            add(college, .spent, rng.int(in: 30...90) * 10_000, LocalDate(year: year, month: 6, day: 18)!, "购买党员教育学习资料",
                approval: "\(college.name)会议纪要〔\(year)〕\(rng.int(in: 2...12))号", documents: ["采购审批单", "发票"])
            for n in 0..<2 {
                add(college, .hardshipRelief, rng.pick([50_000, 80_000, 100_000, 200_000]), LocalDate(year: year, month: n == 0 ? 1 : 7, day: 20)!,
                    n == 0 ? "春节前慰问生活困难党员" : "七一前慰问老党员和生活困难党员", counterparty: "困难党员\(rng.int(in: 2...6))名",
                    approval: "\(college.name)会议纪要〔\(year)〕\(rng.int(in: 1...12))号", documents: ["慰问名单", "签收单"])
            }
        }
        for (q, sum) in toSchool {
            add(root, .receivedFromBelow, sum, q.adding(months: 3).firstDay.adding(days: 15), "收到各二级党组织上缴\(q.year)年第\((q.month + 2) / 3)季度党费")
        }
        let year = demo.today.year
        // Early in the year (a demo generated in spring) the allocation is three weeks old, so that it is always there.
        let allocated = min(LocalDate(year: year, month: 8, day: 6)!, demo.today.adding(days: -21))
        add(root, .allocated, 12_000_000, allocated, "下拨党费支持一线基层党组织开展防汛救灾工作",
            counterparty: "一线基层党组织", approval: "校党委常委会会议纪要〔\(year)〕15号", documents: ["校党委批复", "下拨明细表", "签收单"])
        add(root, .hardshipRelief, 300_000, LocalDate(year: year, month: 1, day: 25)!, "春节前走访慰问老党员、困难党员",
            counterparty: "老党员、困难党员15名", approval: "党委组织部〔\(year)〕2号", documents: ["慰问名单", "签收单"])
        return entries
    }
}
