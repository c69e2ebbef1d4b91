import Domain
import Foundation
import Persistence
import Plot

extension ReportToday {
    /// Phone first: the status, the consent box when there is no consent, the form with one big button, then
    /// the last days. No script: radios and plain inputs post a plain form.
    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings
            return Layout.page(s.dailyReportTitle, context, .div(.class("narrow"),
                .unwrap(model.notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .text($0)) },
                status(),
                .if(model.consent?.isActive != true, ReportConsentBox.offer(context)),
                Form.errorSummary(summaryError),
                form(),
                .if(model.consent?.isActive == true, ReportConsentBox.revoke(context)),
                .h2(.text(s.reportRecentTitle)),
                ReportCards.list(model.recent, form: model.form, timeZone: model.timeZone, strings: s, empty: s.reportNoneRecent)))
        }

        private func status() -> Node<HTML.BodyContext> {
            let s = context.strings
            guard let report = model.todays else {
                return .p(.class("card status warning"),
                          .text(model.isPastCutoff ? s.reportNotYetLate(model.cutoffText) : s.reportNotYet(model.cutoffText)))
            }
            let time = ReportClock.time(report.submittedAt, in: model.timeZone)
            return .p(.class(report.isLate ? "card status warning" : "card status ok"),
                      .text(report.isLate ? s.reportReportedLateAt(time) : s.reportReportedAt(time)))
        }

        /// An error that no question on the page can show beside itself.
        private var summaryError: String? {
            guard let error = model.error else { return nil }
            if let field = error.field, model.questions.contains(where: { $0.id == field }) { return nil }
            return error.message(context.strings.locale)
        }

        private func form() -> Node<HTML.BodyContext> {
            let s = context.strings
            let hint: String? = switch model.prefill {
            case .today: s.reportPrefilledFromToday
            case .earlier: s.reportPrefilledFromEarlier
            case .typed, .none: nil
            }
            let oneTap = model.prefill == .today || model.prefill == .earlier
            return .form(.method(.post), .action(DailyReportRoute.today(nil).path), .class("card report-form"),
                         Form.csrf(context.csrfToken),
                         .input(.type(.hidden), .name("submission"), .value(ReportToday.attributeText(model.input.submission))),
                         .unwrap(hint) { .p(.class("meta"), .text($0)) },
                         .forEach(model.questions) { ReportQuestionField(question: $0, input: model.input, error: model.error,
                                                                         strings: s).render() },
                         .button(.type(.submit), .class("primary big"), .text(oneTap ? s.reportSubmitUnchanged : s.reportSubmit)))
        }
    }
}

extension ReportToday {
    /// Plot writes attribute values as given; what a student typed goes back into `value="…"` escaped.
    static func attributeText(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}

/// One question of the form: radios for a choice or yes/no, a text box for a number or text, the error beside it.
struct ReportQuestionField {
    var question: ReportQuestion
    var input: ReportTodayInput
    var error: DomainError?
    var strings: Strings

    func render() -> Node<HTML.FormContext> {
        let s = strings, name = ReportTodayInput.fieldName(question.id)
        let value = ReportToday.attributeText(input.typed[question.id] ?? "")
        let message = error?.field == question.id ? error?.message(s.locale) : nil
        let label = s.text(question.label)
        let field: Node<HTML.FormContext>
        switch question.kind {
        case .choice, .yesNo:
            let choices = question.kind == .yesNo ? [("yes", s.reportYes), ("no", s.reportNo)]
                : question.options.map { ($0.id, s.text($0.label)) }
            field = .group(
                .p(.class("group-title"), .id(name), .text(label)),
                .div(.class("choices"), .attribute(named: "role", value: "radiogroup"), .attribute(named: "aria-labelledby", value: name),
                     .forEach(choices) { choice in
                         .label(.input(.type(.radio), .name(name), .value(choice.0), .checked(choice.0 == value)), .text(" " + choice.1))
                     }))
        case .number:
            field = .group(
                .label(.attribute(named: "for", value: name), .text(label)),
                .input(.type(.text), .name(name), .id(name), .value(value), .attribute(named: "inputmode", value: "decimal")))
        case .text:
            field = .group(
                .label(.attribute(named: "for", value: name), .text(label)),
                .input(.type(.text), .name(name), .id(name), .value(value), .attribute(named: "maxlength", value: "200")))
        }
        return .div(.class(message == nil ? "field" : "field invalid"), .attribute(named: "data-question", value: question.id),
                    field,
                    .unwrap(message) { .p(.class("error"), .text($0)) })
    }
}
