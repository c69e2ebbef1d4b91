import Domain
import Persistence
import Plot

/// 核定党费基数: each member's category and monthly base for the year, with the amount the rule gives, and a small
/// form per member (a phone shows one card per member).
struct DuesProfilesPage {
    var sheet: DuesSheet
    var choices: [Organization]
    var failed: (DuesProfilesController.ProfileInput, DomainError)?
    var context: PageContext

    func render() -> HTML {
        let s = context.strings
        return Layout.page("\(s.duesProfilesTitle) · \(sheet.organization.name)", context, .group(
            DuesPages.chooser("/dues/profiles", organization: sheet.organization, choices: choices, year: sheet.year, context: context),
            DuesPages.links(sheet.organization, year: sheet.year, context: context),
            sheet.members.isEmpty ? .p(.text(s.duesNoMembers)) : .ul(.class("cards dues-profiles"), .forEach(sheet.members, card))))
    }

    private func card(_ m: DuesMember) -> Node<HTML.ListContext> {
        let s = context.strings, profile = sheet.profiles[m.personID], rate = try? profile?.rate()
        let mine = failed.flatMap { $0.0.person == m.personID.rawValue.uuidString ? $0 : nil }
        let message = mine.map { $0.1.message(s.locale) }
        let category = mine?.0.category ?? profile?.category.rawValue ?? (m.kind == .student ? DuesCategory.student.rawValue : DuesCategory.salaried.rawValue)
        let base = mine?.0.base ?? profile.map { $0.category.needsBase ? Fen.format($0.monthlyBase) : "" } ?? ""
        return .li(.class("card"), .id("member-\(m.personID.rawValue)"),
            .p(.strong(.text("\(m.name)（\(m.number)）"))),
            .p(.class("meta"), .text(rate.map { "\(s.duesMonthly)：\(Fen.format($0.amount)) · \(s.text($0.rule))" } ?? s.duesNoProfile)),
            .form(.method(.post), .action(DuesRoute.profiles(org: sheet.organization.id, year: sheet.year).path), .class("stacked"),
                Form.csrf(context.csrfToken),
                .input(.type(.hidden), .name("person"), .value(m.personID.rawValue.uuidString)),
                .input(.type(.hidden), .name("year"), .value(String(sheet.year))),
                Form.select(s.duesCategory, name: "category", options: DuesCategory.allCases.map { ($0.rawValue, s.label($0)) },
                            selected: category, error: mine?.1.field == "category" ? message : nil),
                Form.text(s.duesBase, name: "base", value: base, error: mine?.1.field == "base" ? message : nil),
                .button(.type(.submit), .text(s.duesSave))))
    }
}
