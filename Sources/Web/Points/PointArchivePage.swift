import Domain
import Foundation
import Plot

/// The archive page: frozen years, the freeze form, the nominations and the form that draws a shortlist.
enum PointArchivePage {
    struct Model {
        var archives: [PointArchive]
        var nominations: [Nomination]
        var lastYear: Int
    }

    struct View {
        var model: Model
        var typed: PointArchiveController.NominationForm?
        var error: DomainError?
        var context: PageContext

        func render() -> HTML {
            let s = context.strings
            let message = error.map { $0.message(s.locale) }
            func fieldError(_ name: String) -> String? { error?.field == name ? message : nil }
            let years = model.archives.map { (String($0.year), String($0.year)) }
            return Layout.page(s.pointsArchiveTitle, context, .group(
                Form.errorSummary(error?.field == nil || error?.field == "year" && typed == nil ? message : nil),
                .ul(.class("cards archives"), .forEach(model.archives) { a in
                    .li(.text("\(a.year) · \(s.pointsFrozenAt) \(a.frozenAt.formatted(.iso8601.year().month().day())) · \(a.frozenBy)"))
                }),
                .form(.method(.post), .action(PointRoute.archive.path), .class("stacked"),
                      Form.csrf(context.csrfToken),
                      .p(.class("hint"), .text(s.pointsFreezeHint)),
                      Form.text(s.pointsYear, name: "year", value: String(model.lastYear), required: true, type: .number),
                      .button(.type(.submit), .text(s.pointsFreeze))),
                .h2(.text(s.pointsNominations)),
                .ul(.class("cards nominations"), .forEach(model.nominations) { n in
                    .li(.a(.href(PointRoute.nomination(n.id).path), .text("\(n.year) · \(n.title) · \(n.subject.label.text(s.locale))")),
                        .text(" · \(s.pointsShortlist) \(n.shortlist.count)" + (n.isDecided ? " · \(s.pointsChosen) \(n.chosen.count)" : "")))
                }),
                .form(.method(.post), .action(PointRoute.nominations.path), .class("stacked"),
                      Form.csrf(context.csrfToken),
                      .input(.type(.hidden), .name("submission"), .value(typed?.submission ?? UUID().uuidString)),
                      Form.select(s.pointsYear, name: "year", options: years, selected: typed?.year, error: typed == nil ? nil : fieldError("year")),
                      Form.text(s.pointsNominationTitle, name: "title", value: typed?.title, required: true, error: fieldError("title")),
                      Form.select(s.pointsSubject, name: "subject", options: Nomination.Subject.allCases.map { ($0.rawValue, $0.label.text(s.locale)) },
                                  selected: typed?.subject),
                      Form.select(s.pointsCriterion, name: "criterion", options: [("top", s.pointsTopN), ("threshold", s.pointsThreshold)],
                                  selected: typed?.criterion, error: fieldError("criterion")),
                      Form.text(s.pointsCriterionValue, name: "value", value: typed?.value, required: true, type: .number, error: fieldError("value")),
                      .button(.type(.submit), .class("primary"), .text(s.pointsMakeShortlist)))))
        }
    }
}
