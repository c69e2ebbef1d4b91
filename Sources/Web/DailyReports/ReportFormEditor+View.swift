import Domain
import Plot

extension ReportFormEditor {
    /// The questions in order, each with its small forms (move, retire or restore, edit), then the form that adds a
    /// question, the report times and the history. Plain forms: no script is needed.
    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings
            return Layout.page(s.reportFormTitle, context, .group(
                .p(.class("hint"), .text(s.reportFormIntro)),
                .p(.strong(.text(s.reportFormVersion(model.form.version)))),
                .h2(.text(s.reportQuestions)),
                Form.errorSummary(model.formError(.action, fields: [], s.locale)),
                questions(),
                .h2(.text(s.reportAddQuestion)), newQuestion(),
                .h2(.text(s.reportSettingsTitle)), settings(),
                .h2(.text(s.reportVersions)), history()
            ))
        }

        private func questions() -> Node<HTML.BodyContext> {
            let s = context.strings
            return .div(.class("table-wrap"), .table(.class("report-questions"),
                .thead(.tr(.th(.text(s.reportQuestionID)), .th(.text(s.reportLabelZh)), .th(.text(s.reportLabelEn)),
                           .th(.text(s.reportKind)), .th(.text(s.reportRequired)), .th(.text(s.reportHealthShort)),
                           .th(.text(s.reportAbnormalRule)), .th(.text(s.reportStatus)), .th(.text(s.actions)))),
                .tbody(.forEach(model.form.questions.enumerated()) { index, q in
                    .tr(.attribute(named: "data-question", value: q.id), .attribute(named: "data-retired", value: q.isRetired ? "true" : "false"),
                        .td(.code(.text(q.id))), .td(.text(q.labelZh)), .td(.text(q.labelEn)), .td(.text(s.reportKindLabel(q.kind))),
                        .td(.text(q.isRequired ? s.yes : s.no)), .td(.text(q.isHealthData ? s.yes : s.no)),
                        .td(.text(s.reportAbnormalText(q.abnormalWhen))), .td(.text(q.isRetired ? s.reportRetired : s.reportInUse)),
                        .td(actions(q, first: index == 0, last: index == model.form.questions.count - 1)))
                })))
        }

        private func actions(_ q: ReportQuestion, first: Bool, last: Bool) -> Node<HTML.BodyContext> {
            let s = context.strings
            return .group(
                .if(!first, small(.move(q.id), ["direction": "up"], s.reportMoveUp)),
                .if(!last, small(.move(q.id), ["direction": "down"], s.reportMoveDown)),
                small(.retire(q.id), ["retired": q.isRetired ? "false" : "true"], q.isRetired ? s.reportRestore : s.reportRetire),
                editQuestion(q)
            )
        }

        /// A one-button form with the version it was shown with.
        private func small(_ route: ReportFormRoute, _ fields: [String: String], _ label: String) -> Node<HTML.BodyContext> {
            .form(.method(.post), .action(route.path), .class("inline"), Form.csrf(context.csrfToken), basedOn(),
                  .forEach(fields.sorted { $0.key < $1.key }) { .input(.type(.hidden), .name($0.key), .value($0.value)) },
                  .button(.type(.submit), .text(label)))
        }

        func basedOn<C: HTML.BodyContext>() -> Node<C> {
            .input(.type(.hidden), .name("basedOn"), .value(String(model.form.version)))
        }

        private func history() -> Node<HTML.BodyContext> {
            let s = context.strings
            guard !model.versions.isEmpty else { return .p(.class("hint"), .text(s.reportStandardForm)) }
            return .div(.class("table-wrap"), .table(.class("report-versions"),
                .thead(.tr(.th(.text(s.reportVersionNumber)), .th(.text(s.reportVersionBy)), .th(.text(s.reportVersionAt)))),
                .tbody(.forEach(model.versions) { v in
                    .tr(.attribute(named: "data-version", value: String(v.number)),
                        .td(.text(String(v.number))), .td(.text(v.by)), .td(.text(v.at)))
                })))
        }
    }
}
