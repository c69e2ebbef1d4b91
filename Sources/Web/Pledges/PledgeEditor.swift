import Domain
import Plot

/// Making or editing a pledge (a member, often on a phone): period, promise, due date and the post or duty it
/// belongs to. Saved as a draft, or published at once. A refused submission comes back with what was typed.
enum PledgeEditor {
    struct View {
        var form: PledgeForm
        /// nil for a new pledge.
        var editing: Pledge.ID?
        var periods: [PledgePeriod]
        var posts: [Post]
        var duty: CommitteeRole?
        var error: DomainError?
        var context: PageContext

        func render() -> HTML {
            let s = context.strings
            let message = error.map { $0.message(s.locale) }
            func fieldError(_ name: String) -> String? { error?.field == name ? message : nil }
            let links: [(value: String, label: String)] = [("", s.pledgeNoLink)] + posts.map { ("post:\($0.id.rawValue)", s.label($0.kind) + "：" + $0.title) }
                + (duty.map { [("duty:\($0.rawValue)", s.label($0))] } ?? [])
            let fieldNames = ["period", "promise", "dueDate", "postID", "duty"]
            return Layout.page(editing == nil ? s.pledgeNewTitle : s.pledgeEditTitle, context, .group(
                Form.errorSummary(error.map { fieldNames.contains($0.field ?? "") } == true ? nil : message),
                .form(.method(.post), .action(editing.map { PledgeRoute.pledge($0).path } ?? "/pledges"), .class("stacked"),
                      Form.csrf(context.csrfToken),
                      .input(.type(.hidden), .name("submission"), .value(form.submission)),
                      Form.select(s.pledgePeriod, name: "period", options: periods.map { ($0.code, s.label($0)) },
                                  selected: form.period, error: fieldError("period")),
                      .div(.class(fieldError("promise") == nil ? "field" : "field invalid"),
                           .label(.attribute(named: "for", value: "promise"), .text(s.pledgePromise)),
                           .textarea(.name("promise"), .id("promise"), .attribute(named: "rows", value: "4"), .required(true), .text(form.promise)),
                           .unwrap(fieldError("promise")) { .p(.class("error"), .text($0)) }),
                      Form.text(s.pledgeDueDate, name: "dueDate", value: form.dueDate, required: true, type: .date, error: fieldError("dueDate")),
                      Form.select(s.pledgeLink, name: "link", options: links, selected: form.link,
                                  error: fieldError("postID") ?? fieldError("duty")),
                      .div(.class("pager"), intent("draft", s.pledgeSaveDraft, primary: false),
                           intent("publish", s.pledgeSaveAndPublish, primary: true)))))
        }

        /// Both buttons submit the same form; `intent` says whether to publish as well.
        private func intent(_ value: String, _ label: String, primary: Bool) -> Node<HTML.FormContext> {
            .button(.type(.submit), .attribute(named: "name", value: "intent"), .attribute(named: "value", value: value),
                    .class(primary ? "primary" : ""), .text(label))
        }
    }
}
