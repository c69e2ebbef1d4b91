import Domain
import Persistence
import Plot

/// 欠交: each member with months owed and unpaid, most consecutive first, flagged at 3 and 6 in a row.
struct DuesArrearsPage {
    var organization: Organization
    var lines: [DuesArrearsLine]
    var choices: [Organization]
    var context: PageContext

    func render() -> HTML {
        let s = context.strings
        return Layout.page("\(s.duesArrearsTitle) · \(organization.name)", context, .group(
            DuesPages.chooser("/dues/arrears", organization: organization, choices: choices, year: nil, context: context),
            DuesPages.links(organization, year: nil, context: context),
            .p(.class("hint"), .text(s.duesArrearsHint)),
            lines.isEmpty ? .p(.text(s.duesArrearsNone)) : .ul(.class("cards dues-arrears"), .forEach(lines) { line in
                let a = line.arrears
                return .li(.class("card" + (a.flag == .sixMonths ? " overdue" : a.flag == .threeMonths ? " warned" : "")),
                           .attribute(named: "data-flag", value: String(a.flag.rawValue)),
                    .a(.href(DuesRoute.newPayment(org: organization.id, person: line.member.personID).path),
                       .text("\(line.member.name)（\(line.member.number)）")),
                    .if(a.flag != .none, .span(.class("badge"), .text(s.text(a.flag.label)))),
                    .p(.class("meta"), .text("\(s.duesConsecutive) \(s.duesMonthsCount(a.consecutive)) · \(s.duesArrearsMonths)："
                        + a.months.map(\.iso).joined(separator: "、") + " · \(Fen.format(a.amount)) 元")))
            })))
    }
}
