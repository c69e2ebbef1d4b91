import Domain
import Foundation
import Plot

extension LeaveShow {
    struct View {
        var model: Model
        var error: DomainError?
        var context: PageContext

        func render() -> HTML {
            let s = context.strings
            return Layout.page(s.leaveShowTitle, context, .group(
                Form.errorSummary(error.map { $0.message(s.locale) }),
                facts(),
                actions(),
                .p(.a(.href(LeaveRoute.index(LeaveQuery()).path), .text(s.back)))))
        }

        private func facts() -> Node<HTML.BodyContext> {
            let s = context.strings, l = model.leave, zone = model.timeZone
            var status = s.label(l.status)
            if l.isOverdue(today: model.today) { status += " · " + s.leaveOverdue }
            var rows: [(String, String)] = [
                (s.leaveTraveller, "\(model.travellerName)（\(model.travellerNumber)）"),
                (s.leaveKind, s.label(l.traveller) + (model.className.map { " · " + $0 } ?? "")),
                (s.leaveStatusLabel, status),
                (s.leaveDays, "\(l.firstDay.iso) – \(l.lastDay.iso)（\(s.leaveDayCount(l.dayCount))）"),
                (s.leaveDestination, l.destination),
                (s.leaveReason, l.reason),
                (s.leaveAppliedAt, LocalDateTime.display(l.createdAt, in: zone)),
            ]
            if let at = l.decidedAt { rows.append((s.leaveDecision, LocalDateTime.display(at, in: zone) + " · " + (l.decidedBy ?? ""))) }
            if let note = l.decisionNote { rows.append((s.leaveDecisionNote, note)) }
            if let at = l.leftAt { rows.append((s.leaveLeftAt, LocalDateTime.display(at, in: zone))) }
            if let at = l.returnedAt { rows.append((s.leaveReturnedAt, LocalDateTime.display(at, in: zone))) }
            return .dl(.class("facts"), .forEach(rows) { row in .group(.dt(.text(row.0)), .dd(.class("prose"), .text(row.1))) })
        }

        /// One small form per action the rule would accept now; nothing at all for a reader.
        private func actions() -> Node<HTML.BodyContext> {
            let s = context.strings, can = Set(model.actions)
            guard !can.isEmpty else { return .empty }
            return .section(.class("actions"), .h2(.text(s.actions)),
                .if(can.contains("approve"), actionForm("approve", s.leaveApprove, note(s.leaveApproveNote, required: false))),
                .if(can.contains("refuse"), actionForm("refuse", s.leaveRefuse, note(s.leaveRefuseReason, required: true))),
                .if(can.contains("leave"), actionForm("leave", s.leaveMarkLeft, .empty)),
                .if(can.contains("return"), actionForm("return", s.leaveMarkReturned, .empty)),
                .if(can.contains("cancel"), actionForm("cancel", s.leaveCancel, .empty)))
        }

        private func actionForm(_ type: String, _ button: String, _ fields: Node<HTML.FormContext>) -> Node<HTML.BodyContext> {
            .form(.method(.post), .action(LeaveRoute.events(model.leave.id).path), .class("stacked action"),
                  Form.csrf(context.csrfToken), .input(.type(.hidden), .name("type"), .value(type)),
                  fields, .button(.type(.submit), .text(button)))
        }

        private func note(_ label: String, required: Bool) -> Node<HTML.FormContext> {
            .div(.class("field"), .label(.text(label)),
                 .textarea(.name("note"), .attribute(named: "rows", value: "3"), .required(required)))
        }
    }
}
