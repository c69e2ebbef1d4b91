import Domain
import Persistence
import Plot

/// Recording one member's payment: the member, the months (this month and up to six back), the method and day.
/// The amount is not typed: the rule computes it from the member's category and base.
struct DuesPaymentPage {
    var organization: Organization
    var members: [DuesMember]
    var form: DuesPaymentForm
    var current: YearMonth
    var error: DomainError?
    var context: PageContext

    func render() -> HTML {
        let s = context.strings
        let message = error.map { $0.message(s.locale) }
        func fieldError(_ name: String) -> String? { error?.field == name ? message : nil }
        let months = YearMonth.range(DuesBackPayment.earliest(recordedIn: current), through: current).reversed()
        return Layout.page("\(s.duesPaymentTitle) · \(organization.name)", context, .group(
            DuesPages.links(organization, year: nil, context: context),
            .p(.class("hint"), .text(s.duesBackPaymentHint)),
            Form.errorSummary(error?.field == nil ? message : nil),
            .form(.method(.post), .action(DuesRoute.payments.path), .class("stacked"),
                Form.csrf(context.csrfToken),
                .input(.type(.hidden), .name("submission"), .value(form.submission)),
                .input(.type(.hidden), .name("org"), .value(organization.id.rawValue.uuidString)),
                Form.select(s.duesMember, name: "person", options: members.map { ($0.personID.rawValue.uuidString, "\($0.name)（\($0.number)）") },
                            selected: form.person, includeEmpty: "—", error: fieldError("person")),
                .div(.class(fieldError("months") == nil ? "field" : "field invalid"), .span(.class("label"), .text(s.duesMonths)), .br(),
                    .forEach(Array(months)) { month in
                        .label(.class("check"), .input(.type(.checkbox), .name("months[]"), .value(month.iso),
                                                       .checked(form.months.contains(month.iso))), .text(" " + month.iso + " "))
                    },
                    .unwrap(fieldError("months")) { .p(.class("error"), .text($0)) }),
                Form.select(s.duesMethod, name: "method", options: DuesPaymentMethod.allCases.map { ($0.rawValue, s.label($0)) },
                            selected: form.method, error: fieldError("method")),
                Form.text(s.duesPaidAt, name: "paidOn", value: form.paidOn, type: .date, error: fieldError("paidOn")),
                Form.text(s.duesActualPay, name: "actualPay", value: form.actualPay, error: fieldError("actualPay")),
                Form.text(s.duesNote, name: "note", value: form.note),
                .button(.type(.submit), .class("primary"), .text(s.duesRecord)))))
    }
}
