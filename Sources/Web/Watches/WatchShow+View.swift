import Domain
import Foundation
import Persistence
import Plot

extension WatchShow {
    struct View {
        var model: Model
        var error: DomainError?
        var context: PageContext

        func render() -> HTML {
            let s = context.strings, e = model.entry
            return Layout.page(s.watchesTitle + " · " + e.name, context, .group(
                Form.errorSummary(error?.field == nil ? error.map { $0.message(s.locale) } : nil),
                facts(),
                .p(.a(.href(WatchRoute.personReports(e.watch.personID).path), .text(s.watchPersonReportsLink))),
                followUps(),
                .if(model.mayManage && e.watch.status == .open, .group(followUpForm(), closeForm())),
                .if(e.watch.status == .closed, .p(.class("notice"), .text(s.watchClosedNote))),
                .p(.a(.href(WatchRoute.index(WatchQuery()).path), .text(s.backToWatches)))))
        }

        private func fieldError(_ name: String) -> String? {
            error?.field == name ? error?.message(context.strings.locale) : nil
        }

        private func facts() -> Node<HTML.BodyContext> {
            let s = context.strings, e = model.entry, w = e.watch
            let days = w.daysUnderWatch(today: model.today)
            var rows: [(String, String)] = [
                (s.watchStudent, e.name + (e.number.isEmpty ? "" : "（\(e.number)）")),
                (s.watchClass, e.className ?? "—"),
                (s.meetingStatus, s.label(w.status)),
                (s.watchReason, w.reason),
                (s.watchOpenedOn, w.openedOn.iso),
                (s.watchDays, w.status == .open ? s.daysUnderWatch(days) : s.daysWatched(days)),
                (s.watchSource, w.reportID == nil ? s.watchByHand : s.watchFromReport),
            ]
            if w.status == .closed {
                rows.append((s.watchClosedOn, w.closedAt.map { LocalDateTime.display($0, in: model.timeZone) } ?? ""))
                rows.append((s.watchClosedBy, model.name(w.closedBy)))
                rows.append((s.watchClosingReason, w.closing.map { s.label($0) } ?? ""))
            }
            return .dl(.class("facts"), .forEach(rows) { row in .group(.dt(.text(row.0)), .dd(.text(row.1))) })
        }

        private func followUps() -> Node<HTML.BodyContext> {
            let s = context.strings
            return .section(.h2(.text(s.watchFollowUps + "（\(model.followUps.count)）")),
                model.followUps.isEmpty ? .p(.text(s.watchNoFollowUps)) : .ol(.class("history"), .forEach(model.followUps) { f in
                    .li(.span(.class("when"), .text(LocalDateTime.display(f.happenedAt, in: model.timeZone))),
                        .text(" " + s.label(f.method) + " · " + s.label(f.result) + " · " + s.watchRecordedBy + " " + model.name(f.recordedBy)),
                        .if(!f.note.isEmpty, .p(.class("note"), .text(f.note))))
                }))
        }

        private func followUpForm() -> Node<HTML.BodyContext> {
            let s = context.strings, form = model.followUpForm
            return .section(.class("actions"), .h2(.text(s.watchLogFollowUp)),
                .form(.method(.post), .action(WatchRoute.followUps(model.watch.id).path), .class("stacked action"),
                      Form.csrf(context.csrfToken),
                      .input(.type(.hidden), .name("submission"), .value(form.submission ?? UUID().uuidString)),
                      Form.select(s.watchFollowUpMethod, name: "method", options: FollowUpMethod.allCases.map { ($0.rawValue, s.label($0)) },
                                  selected: form.method, includeEmpty: "—", error: fieldError("method")),
                      Form.select(s.watchFollowUpResult, name: "result", options: FollowUpResult.allCases.map { ($0.rawValue, s.label($0)) },
                                  selected: form.result, includeEmpty: "—", error: fieldError("result")),
                      Form.text(s.watchFollowUpTime, name: "happenedAt", value: form.happenedAt, type: .datetimeLocal,
                                error: fieldError("happenedAt")),
                      .div(.class(fieldError("note") == nil ? "field" : "field invalid"),
                           .label(.attribute(named: "for", value: "note"), .text(s.watchFollowUpNote)),
                           .textarea(.name("note"), .id("note"), .attribute(named: "rows", value: "3"), .text(form.note ?? "")),
                           .unwrap(fieldError("note")) { .p(.class("error"), .text($0)) }),
                      .button(.type(.submit), .class("primary"), .text(s.watchLogFollowUp))))
        }

        private func closeForm() -> Node<HTML.BodyContext> {
            let s = context.strings, form = model.closeForm
            return .section(.class("actions"), .h2(.text(s.closeWatch)),
                .form(.method(.post), .action(WatchRoute.close(model.watch.id).path), .class("stacked action"),
                      Form.csrf(context.csrfToken),
                      Form.select(s.watchClosingReason, name: "reason",
                                  options: WatchClosing.Reason.allCases.map { ($0.rawValue, s.label($0)) },
                                  selected: form.reason, includeEmpty: "—", error: fieldError("reason")),
                      Form.text(s.watchClosingText, name: "text", value: form.text, error: fieldError("text")),
                      .button(.type(.submit), .text(s.closeWatch))))
        }
    }
}
