import Domain
import Persistence
import Plot

/// An organisation's year: members × months with paid / owed / exempt, the amounts, and the totals. Wide on a
/// desktop; on a phone the table scrolls sideways with the names kept first.
struct DuesSheetPage {
    var sheet: DuesSheet
    var choices: [Organization]
    var context: PageContext

    func render() -> HTML {
        let s = context.strings, sheet = sheet
        return Layout.page("\(s.duesTitle) · \(sheet.organization.name)", context, .group(
            DuesPages.chooser("/dues", organization: sheet.organization, choices: choices, year: sheet.year, context: context),
            DuesPages.links(sheet.organization, year: sheet.year, context: context),
            .p(.text("\(s.duesPaidTotal)：\(Fen.format(sheet.paidTotal)) 元 · \(s.duesOwedTotal)：\(Fen.format(sheet.owedTotal)) 元 · \(s.duesMember)：\(sheet.members.count)")),
            sheet.members.isEmpty ? .p(.text(s.duesNoMembers)) : table()))
    }

    private func table() -> Node<HTML.BodyContext> {
        let s = context.strings, months = YearMonth.months(of: sheet.year)
        return .div(.class("table-wrap"), .table(.class("dues-sheet"),
            .thead(.tr(.th(.text(s.duesMember)), .th(.text(s.duesCategory)), .th(.text(s.duesMonthly)),
                       .forEach(months) { .th(.text("\($0.month)月")) }, .th(.text(s.duesPaidTotal)), .th(.text(s.duesOwedTotal)))),
            .tbody(.forEach(sheet.members) { m in
                let statement = sheet.statements[m.personID], profile = sheet.profiles[m.personID]
                let rate = try? profile?.rate()
                return .tr(.id("member-\(m.personID.rawValue)"),
                    .td(.a(.href(DuesRoute.newPayment(org: sheet.organization.id, person: m.personID).path), .text(m.name)),
                        .text(" " + m.number)),
                    .td(.text(profile.map { s.label($0.category) } ?? s.duesNoProfile)),
                    .td(.text(rate.map { Fen.format($0.amount) } ?? "—")),
                    .forEach(statement?.lines ?? []) { line in
                        .td(.class("month \(line.status.code)" + (line.status.code == "owed" ? " warning" : line.status.code == "paid" ? " ok" : "")),
                            .text(s.duesCell(line.status)))
                    },
                    .td(.text(Fen.format(statement?.paidTotal ?? 0))), .td(.text(Fen.format(statement?.owedTotal ?? 0))))
            })))
    }
}
