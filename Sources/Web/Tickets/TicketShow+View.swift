import Domain
import Foundation
import Persistence
import Plot

extension TicketShow {
    struct View {
        var model: Model
        var error: DomainError?
        var context: PageContext

        func render() -> HTML {
            let s = context.strings, t = model.ticket
            return Layout.page("\(t.reference) \(t.title)", context, .group(
                Form.errorSummary(error.map { $0.message(s.locale) }),
                facts(),
                .section(.h2(.text(s.ticketBody)), .p(.class("prose"), .text(t.body)), photos()),
                answer(),
                .if(model.party.isHandler, handlerActions()),
                .if(model.party.isRequester, requesterActions()),
                history()))
        }

        private func facts() -> Node<HTML.BodyContext> {
            let s = context.strings, t = model.ticket
            var rows: [(String, String)] = [
                (s.meetingStatus, ([s.label(t.status)] + TicketMarks.badges(t, now: model.now, s)).joined(separator: " · ")),
                (s.ticketCategory, model.category),
                (s.department, model.departmentName),
                (s.dueOn, t.clock.dueOn.iso + " (" + s.timeLimit(t.timeLimitDays) + ")"
                    + (model.workingDaysLeft.map { " · " + s.workingDaysLeft($0) } ?? "")),
                (s.submittedAt, LocalDateTime.display(t.submittedAt, in: model.timeZone)),
                (s.channel, s.label(t.channel) + (t.visitPlace.map { " · " + s.label($0) } ?? "")),
                (s.requester, model.requester ?? s.anonymousRequester),
            ]
            if let assignee = t.assigneeID { rows.append((s.assignee, model.names[assignee] ?? "")) }
            return .group(
                .if(t.status == .infoRequested, .p(.class("notice"), .text(s.pausedNote))),
                .dl(.class("facts"), .forEach(rows) { row in .group(.dt(.text(row.0)), .dd(.text(row.1))) }))
        }

        private func photos() -> Node<HTML.BodyContext> {
            .if(!model.photos.isEmpty, .div(.class("photos"), .forEach(model.photos) { photo in
                .a(.href(TicketRoute.photo(model.ticket.id, photo.id).path),
                   .img(.src(TicketRoute.photo(model.ticket.id, photo.id).path), .alt(photo.fileName), .class("thumb")))
            }))
        }

        private func answer() -> Node<HTML.BodyContext> {
            let s = context.strings, t = model.ticket
            if let target = model.mergeTarget {
                return .section(.h2(.text(s.mergedInto + " " + target.reference)),
                                .p(.text(s.label(target.status))),
                                .unwrap(target.answer) { .group(.h3(.text(s.mergedAnswer)), .p(.class("prose"), .text($0))) })
            }
            return .unwrap(t.answer) { text in
                .section(.h2(.text(s.answer)),
                         .p(.class("prose answer"), .text(text)),
                         .p(.class("meta"), .text(s.answeredAt + " " + (t.answeredAt.map { LocalDateTime.display($0, in: model.timeZone) } ?? "")
                                                  + (t.answeredBy.flatMap { model.names[$0] }.map { " · " + $0 } ?? ""))),
                         .unwrap(t.rating) { .p(.text(s.rating + " " + s.stars($0) + (t.ratingComment.map { " " + $0 } ?? ""))) })
            }
        }

        private func actionForm(_ type: TicketActionInput.Kind, _ button: String, _ fields: Node<HTML.FormContext>) -> Node<HTML.BodyContext> {
            .form(.method(.post), .action(TicketRoute.events(model.ticket.id).path), .class("stacked action"),
                  Form.csrf(context.csrfToken), .input(.type(.hidden), .name("type"), .value(type.rawValue)),
                  fields, .button(.type(.submit), .text(button)))
        }

        private func textArea(_ label: String, name: String = "text", required: Bool = true) -> Node<HTML.FormContext> {
            .div(.class("field"), .label(.text(label)),
                 .textarea(.name(name), .attribute(named: "rows", value: "3"), .required(required)))
        }

        private func handlerActions() -> Node<HTML.BodyContext> {
            let s = context.strings, t = model.ticket
            guard t.status.isRunning else { return .empty }
            let others = model.departments.filter { $0.id != t.departmentID && $0.isActive }
            return .section(.class("actions"), .h2(.text(s.actions)),
                .if(t.assigneeID != context.actor?.personID || t.status == .submitted,
                    actionForm(.accept, s.acceptAction, model.staff.isEmpty ? .empty
                        : Form.select(s.assignTo, name: "assigneeId", options: model.staff.map { ($0.id.rawValue.uuidString, $0.name) },
                                      selected: context.actor?.personID?.rawValue.uuidString))),
                actionForm(.answer, s.answerAction, textArea(s.answer)),
                actionForm(.requestInfo, s.requestInfoAction, textArea(s.question)),
                actionForm(.transfer, s.transferAction, .group(
                    Form.select(s.transferToDepartment, name: "departmentId", options: others.map { ($0.id.rawValue.uuidString, $0.name) },
                                selected: nil, includeEmpty: "—"),
                    Form.select(s.ticketCategory, name: "categoryId",
                                options: model.categories.filter { c in others.contains { $0.id == c.departmentID } }
                                    .map { ($0.id.rawValue.uuidString, $0.name) }, selected: nil, includeEmpty: "—"),
                    textArea(s.transferNote))),
                actionForm(.merge, s.mergeAction, Form.text(s.mergeInto, name: "intoNumber", value: nil, required: true, type: .number)))
        }

        private func requesterActions() -> Node<HTML.BodyContext> {
            let s = context.strings, t = model.ticket
            return .section(.class("actions"),
                .if(t.status == .infoRequested, actionForm(.provideInfo, s.provideInfoAction, textArea(s.ticketBody))),
                .if(t.status == .answered, actionForm(.confirm, s.confirmAction, .empty)),
                .if((t.status == .answered || t.status == .confirmed) && t.rating == nil,
                    actionForm(.rate, s.rateAction, .group(
                        .div(.class("stars"), .p(.class("group-title"), .text(s.rating)), .forEach([5, 4, 3, 2, 1]) { n in
                            .label(.input(.type(.radio), .name("score"), .value(String(n)), .required(true)), .text(" " + s.stars(n)))
                        }),
                        textArea(s.ratingComment, name: "comment", required: false)))),
                .if(model.mayReopen, actionForm(.reopen, s.reopenAction, .group(
                    .p(.class("hint"), .text(s.reopenHint(model.settings.reopenDays))), textArea(s.note)))))
        }

        private func history() -> Node<HTML.BodyContext> {
            let s = context.strings, t = model.ticket
            return .section(.h2(.text(s.history)), .ol(.class("history"), .forEach(model.events) { e in
                let who = e.actorPersonID == t.requesterID ? s.requester : (e.actorName.isEmpty ? "" : e.actorName)
                let place = e.kind == .transferred ? (model.departments.first { $0.id == e.departmentID }.map { " → " + $0.name } ?? "") : ""
                return .li(.span(.class("when"), .text(LocalDateTime.display(e.at, in: model.timeZone))),
                           .text(" " + s.label(e.kind) + place + (who.isEmpty ? "" : " · " + who)),
                           .if(!e.note.isEmpty, .p(.class("note"), .text(e.note))))
            }))
        }
    }
}
