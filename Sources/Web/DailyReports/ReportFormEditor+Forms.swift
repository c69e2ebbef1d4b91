import Domain
import Plot

extension ReportFormEditor.View {
    typealias FormID = ReportFormEditor.FormID

    /// A question's edit form, folded away unless it was just refused.
    func editQuestion(_ q: ReportQuestion) -> Node<HTML.BodyContext> {
        let s = context.strings, form = FormID.question(q.id), stored = ReportQuestionForm.fields(of: q)
        return .element(named: "details", nodes: [
            .attribute(named: "open", value: model.failed == form ? "open" : nil),
            .element(named: "summary", nodes: [.text(s.reportEditQuestion)]),
            .form(.method(.post), .action(ReportFormRoute.question(q.id).path), Form.csrf(context.csrfToken), basedOn(),
                  Form.errorSummary(model.formError(form, fields: ReportFormEditor.questionFields, s.locale)),
                  questionFields(form, prefix: "q-\(q.id)", kind: q.kind, stored: stored),
                  .button(.type(.submit), .text(s.reportSaveQuestion))),
        ])
    }

    func newQuestion() -> Node<HTML.BodyContext> {
        let s = context.strings, form = FormID.newQuestion, stored = ["required": "true"]
        return .div(.class("card"), .form(.method(.post), .action(ReportFormRoute.addQuestion.path), Form.csrf(context.csrfToken), basedOn(),
            Form.errorSummary(model.formError(form, fields: ReportFormEditor.questionFields, s.locale)),
            field(s.reportQuestionID, "new-id", model.error(form, "id", s.locale),
                  .input(.type(.text), .name("id"), .id("new-id"), .value(model.value(form, "id", stored)), .required(true),
                         .attribute(named: "pattern", value: "[a-z][a-z0-9_]{0,39}"), .attribute(named: "title", value: s.reportQuestionIDHint))),
            field(s.reportKind, "new-kind", model.error(form, "kind", s.locale),
                  select("kind", id: "new-kind", selected: model.value(form, "kind", stored),
                         ReportQuestion.Kind.allCases.map { ($0.rawValue, s.reportKindLabel($0)) })),
            questionFields(form, prefix: "new", kind: nil, stored: stored),
            .button(.type(.submit), .text(s.reportAddQuestion))))
    }

    /// The fields an edit and a new question share; `kind` nil shows those of every kind (the kind is chosen above).
    private func questionFields(_ form: FormID, prefix: String, kind: ReportQuestion.Kind?, stored: [String: String]) -> Node<HTML.FormContext> {
        let s = context.strings
        let text = { (name: String, label: String) -> Node<HTML.FormContext> in
            field(label, "\(prefix)-\(name)", model.error(form, name, s.locale),
                  .input(.type(.text), .name(name), .id("\(prefix)-\(name)"), .value(model.value(form, name, stored))))
        }
        let abnormal: [(String, String)] = [("", s.reportAbnormalNone)]
            + (kind == nil || kind == .choice ? [("options", s.reportAbnormalOptions)] : [])
            + (kind == nil || kind == .yesNo ? [("yes", s.reportAbnormalYes), ("no", s.reportAbnormalNo)] : [])
            + (kind == nil || kind == .number ? [("atLeast", s.reportAbnormalAtLeast)] : [])
        return .group(
            text("labelZh", s.reportLabelZh), text("labelEn", s.reportLabelEn),
            checkbox("required", s.reportRequired, model.checked(form, "required", stored)),
            checkbox("healthData", s.reportHealthData, model.checked(form, "healthData", stored)),
            .if(kind == nil || kind == .choice, field(s.reportOptions, "\(prefix)-options", model.error(form, "options", s.locale), .group(
                .p(.class("hint"), .text(s.reportOptionsHint)),
                .textarea(.name("options"), .id("\(prefix)-options"), .attribute(named: "rows", value: "4"),
                          .text(model.value(form, "options", stored)))))),
            .if(kind == nil || kind == .number, .group(text("minimum", s.reportMinimum), text("maximum", s.reportMaximum))),
            .if(kind != .text, .group(
                field(s.reportAbnormalRule, "\(prefix)-abnormal", model.error(form, "abnormal", s.locale),
                      select("abnormal", id: "\(prefix)-abnormal", selected: model.value(form, "abnormal", stored), abnormal)),
                .if(kind == nil || kind == .choice, text("abnormalOptions", s.reportAbnormalOptionIDs)),
                .if(kind == nil || kind == .number, text("abnormalValue", s.reportAbnormalValue))))
        )
    }

    func settings() -> Node<HTML.BodyContext> {
        let s = context.strings, form = FormID.settings, stored = model.settingsFields
        let time = { (name: String, label: String) -> Node<HTML.FormContext> in
            field(label, "settings-\(name)", model.error(form, name, s.locale),
                  .input(.type(.text), .name(name), .id("settings-\(name)"), .value(model.value(form, name, stored)), .required(true),
                         .attribute(named: "pattern", value: "[0-9]{1,2}:[0-9]{2}"), .attribute(named: "inputmode", value: "numeric"),
                         .attribute(named: "placeholder", value: "09:00")))
        }
        return .div(.class("card"), .form(.method(.post), .action(ReportFormRoute.settings.path), Form.csrf(context.csrfToken),
            .p(.class("hint"), .text(s.reportSettingsHint)),
            Form.errorSummary(model.formError(form, fields: ReportFormEditor.settingsFields, s.locale)),
            time("cutoff", s.reportCutoff), time("reminder", s.reportReminderTime),
            checkbox("remindersEnabled", s.reportRemindersEnabled, model.checked(form, "remindersEnabled", stored)),
            .button(.type(.submit), .text(s.save))))
    }

    private func field<C: HTML.BodyContext>(_ label: String, _ id: String, _ error: String?, _ control: Node<C>) -> Node<C> {
        .div(.class(error == nil ? "field" : "field invalid"), .label(.attribute(named: "for", value: id), .text(label)), control,
             .unwrap(error) { .p(.class("error"), .text($0)) })
    }

    private func checkbox<C: HTML.BodyContext>(_ name: String, _ label: String, _ checked: Bool) -> Node<C> {
        .div(.class("field check"), .label(.input(.type(.checkbox), .name(name), .value("true"), .checked(checked)), .text(" " + label)))
    }

    private func select<C: HTML.BodyContext>(_ name: String, id: String, selected: String, _ options: [(String, String)]) -> Node<C> {
        .element(named: "select", nodes: [.attribute(named: "name", value: name), .attribute(named: "id", value: id)] + options.map { value, label in
            .element(named: "option", nodes: [.attribute(named: "value", value: value, ignoreIfValueIsEmpty: false),
                                              .attribute(named: "selected", value: value == selected ? "selected" : nil), .text(label)])
        })
    }
}
