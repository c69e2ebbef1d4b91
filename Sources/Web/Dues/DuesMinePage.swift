import Domain
import Persistence
import Plot

/// A member's own dues: category, base, monthly amount and the rule, the year's months and payments, arrears,
/// and their reduction applications (with the form to apply).
struct DuesMinePage {
    var member: DuesMember
    var sheet: DuesSheet
    var arrears: DuesArrears?
    var reductions: [DuesReduction]
    var context: PageContext

    func render(_ s: Strings) -> HTML {
        let profile = sheet.profiles[member.personID], rate = try? profile?.rate()
        let statement = sheet.statements[member.personID]
        let facts: [(String, String)] = [
            (s.duesMember, "\(member.name)（\(member.number)）"),
            (s.duesOrganization, sheet.organization.name),
            (s.duesCategory, profile.map { s.label($0.category) } ?? s.duesNoProfile),
            (s.duesBase, profile.map { $0.category.needsBase ? Fen.format($0.monthlyBase) : "—" } ?? "—"),
            (s.duesMonthly, rate.map { Fen.format($0.amount) } ?? "—"),
            (s.duesRule, rate.map { s.text($0.rule) } ?? "—"),
            (s.duesPaidTotal, Fen.format(statement?.paidTotal ?? 0) + " 元"),
            (s.duesOwedTotal, Fen.format(statement?.owedTotal ?? 0) + " 元"),
        ]
        return Layout.page(s.myDuesTitle, context, .group(
            .form(.method(.get), .action("/dues/mine"), .class("filters"),
                  Form.text(s.duesYear, name: "year", value: String(sheet.year), type: .number), .button(.type(.submit), .text(s.filter))),
            .dl(.class("facts"), .forEach(facts) { .group(.dt(.text($0.0)), .dd(.text($0.1))) }),
            .unwrap(arrears) { a in
                .p(.class(a.flag == .none ? "warning" : "error"),
                   .text("\(s.duesMyArrears)：\(a.months.map(\.iso).joined(separator: "、")) · \(s.duesConsecutive) \(s.duesMonthsCount(a.consecutive)) "),
                   .if(a.flag != .none, .span(.class("badge"), .text(s.text(a.flag.label)))))
            },
            .h2(.text(s.duesPayments)),
            .ul(.class("cards dues-months"), .forEach(statement?.lines.filter { $0.status != .upcoming && $0.status != .notDue } ?? []) { line in
                .li(.class("card \(line.status.code)"), .text("\(line.month.iso) · \(s.duesCell(line.status))"))
            }),
            .h2(.text(s.duesReductionsTitle)),
            DuesReductionList(reductions: reductions, names: [:], context: context).render(),
            .p(.a(.href(DuesRoute.reductions(org: nil).path), .text(s.duesApply)))))
    }
}
