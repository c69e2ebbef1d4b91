import Domain
import Plot

/// Applying for leave (a student, on a phone), or recording a staff member's movement (an administrator): one
/// short form of dates, destination and reason. A refused submission comes back with what was typed.
enum LeaveNew {
    struct View {
        var form: LeaveForm
        var error: DomainError?
        /// The staff movement form: asks for the staff member's number and posts elsewhere.
        var staff: Bool
        var context: PageContext

        func render() -> HTML {
            let s = context.strings
            let message = error.map { $0.message(s.locale) }
            func fieldError(_ name: String) -> String? { error?.field == name ? message : nil }
            let action = staff ? LeaveRoute.staffMovements.path : "/leaves"
            return Layout.page(staff ? s.leaveStaffNewTitle : s.leaveNewTitle, context, .group(
                .p(.class("hint"), .text(staff ? s.leaveStaffHint : s.leaveFormHint)),
                Form.errorSummary(error?.field == nil ? message : nil),
                .form(.method(.post), .action(action), .class("stacked"),
                      Form.csrf(context.csrfToken),
                      .input(.type(.hidden), .name("submission"), .value(form.submission)),
                      .if(staff, Form.text(s.leaveStaffNumber, name: "number", value: form.number, required: true, error: fieldError("number"))),
                      Form.text(s.leaveFirstDay, name: "firstDay", value: form.firstDay, required: true, type: .date,
                                error: fieldError("firstDay")),
                      Form.text(s.leaveLastDay, name: "lastDay", value: form.lastDay, required: true, type: .date,
                                error: fieldError("lastDay")),
                      Form.text(s.leaveDestination, name: "destination", value: form.destination, required: true,
                                error: fieldError("destination")),
                      .div(.class(fieldError("reason") == nil ? "field" : "field invalid"),
                           .label(.attribute(named: "for", value: "reason"), .text(s.leaveReason)),
                           .textarea(.name("reason"), .id("reason"), .attribute(named: "rows", value: "4"), .required(true), .text(form.reason)),
                           .unwrap(fieldError("reason")) { .p(.class("error"), .text($0)) }),
                      .button(.type(.submit), .class("primary"), .text(s.submit)))))
        }
    }
}
