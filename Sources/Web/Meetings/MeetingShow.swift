import Domain
import Foundation
import Persistence
import Plot
import Vapor

/// A meeting's record: details, required elements, quorum, the register with attendance, attachments.
enum MeetingShow {
    struct Model {
        var meeting: Meeting
        var names: [Organization.ID: String]
        var register: [RegisterEntry]
        var quorum: Quorum?
        var attachments: [AttachmentInfo]
        var timeZone: TimeZone
        var error: DomainError?
        var attachmentError: DomainError?
        /// What was typed into a refused register form, to show it again.
        var typed: [String: String]
        var mayManage: Bool
        var ownPersonID: Person.ID?
    }

    static func response(_ request: Request, id: Meeting.ID, error: DomainError?, typed: [String: String] = [:],
                         attachmentError: DomainError? = nil) async throws -> Response {
        let actor = try request.actor, stores = request.stores
        let (meeting, register) = try await stores.meetings.register(of: id, scope: actor.scope)
        // Managing needs the role and the meeting's host in the actor's subtree, not only a seat on its register.
        var mayManage = false
        if actor.may(.manageMeetings) {
            mayManage = (try? await stores.organizations.find(meeting.hostOrganizationID, scope: actor.scope)) != nil
        }
        let model = Model(meeting: meeting, names: try await stores.organizations.names(of: Set(meeting.organizationIDs)),
                          register: register, quorum: stores.meetings.quorum(of: meeting, register: register),
                          attachments: try await stores.meetings.attachments(of: id, scope: actor.scope),
                          timeZone: try await request.schoolTimeZone(), error: error, attachmentError: attachmentError,
                          typed: typed, mayManage: mayManage,
                          ownPersonID: actor.personID)
        return try View(model: model, context: PageContext(request)).render()
            .response(status: error == nil && attachmentError == nil ? .ok : .unprocessableEntity)
    }

    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings, m = model.meeting
            return Layout.page(m.topic, context, .group(
                .div(.class("card"),
                    .dl(.dt(.text(s.meetingKind)), .dd(.text(s.text(m.kind.label))),
                        .dt(.text(s.meetingStatus)), .dd(.text(s.text(m.status.label)
                                                              + (m.status == .held ? "（\(m.isComplete ? s.complete : s.incomplete)）" : ""))),
                        .dt(.text(s.startsAt)), .dd(.text(LocalDateTime.display(m.startsAt, in: model.timeZone)
                                                         + (m.endsAt.map { " – " + LocalDateTime.display($0, in: model.timeZone) } ?? ""))),
                        .dt(.text(s.place)), .dd(.text(m.place + (m.isOnline ? "（\(s.isOnline)）" : ""))),
                        .dt(.text(s.organizationsTakingPart)), .dd(.text(m.organizationIDs.compactMap { model.names[$0] }.joined(separator: "、"))),
                        .unwrap(m.lecturer) { .group(.dt(.text(s.lecturer)), .dd(.text($0))) },
                        .dt(.text(s.requiredElements)), .dd(elements())),
                    .unwrap(model.quorum) { q in .p(.class(q.isReached ? "ok" : "warning"), .strong(.text(s.quorum + "：")), .text(s.quorumLine(q))) },
                    .if(!m.agenda.isEmpty, .group(.h3(.text(s.agenda)), .p(.class("prewrap"), .text(m.agenda)))),
                    .if(!m.minutes.isEmpty, .group(.h3(.text(s.minutes)), .p(.class("prewrap"), .text(m.minutes)))),
                    .div(.class("actions"),
                        .if(model.mayManage, .group(
                            .a(.class("button"), .href(MeetingRoute.edit(m.id).path), .text(s.edit)),
                            .form(.method(.post), .action(MeetingRoute.openSignIn(m.id).path), .class("inline"),
                                  Form.csrf(context.csrfToken), .button(.type(.submit), .text(s.openSignIn))))),
                        .a(.href(MeetingRoute.print(m.id).path), .text(s.printRecord)))),
                registerSection(),
                attachmentsSection()))
        }

        private func elements() -> Node<HTML.BodyContext> {
            let s = context.strings, m = model.meeting
            if m.requiredElements.isEmpty { return .text(s.noRequiredElements) }
            return .ul(.class("elements"), .forEach(m.requiredElements) { e in
                .li(.class(m.elementsDone.contains(e.id) ? "done" : "missing"),
                    .text((m.elementsDone.contains(e.id) ? "✓ " : "✗ ") + s.text(e.label)))
            })
        }

        private func registerSection() -> Node<HTML.BodyContext> {
            let s = context.strings
            let count = { (status: Attendance.Status) in model.register.filter { $0.attendance?.status == status }.count }
            let summary = s.attendanceCounts(present: count(.present), excused: count(.excused), absent: count(.absent),
                                             expected: model.register.filter(\.isExpected).count)
            let rows = model.mayManage ? model.register : model.register.filter { $0.personID == model.ownPersonID }
            func table<C: HTML.BodyContext>(_: C.Type) -> Node<C> {
                .div(.class("table-wrap"), .table(.class("register"),
                .thead(.tr(.th(.text(s.number)), .th(.text(s.personName)), .th(.text(s.attendance)), .th(.text(s.reason)), .th(.text(s.signedInAt)))),
                .tbody(.forEach(rows) { entry in
                    .tr(.td(.text(entry.number)), .td(.text(entry.name + (entry.committeeRole.map { "（\(s.label($0))）" } ?? ""))),
                        .td(model.mayManage ? statusChoice(entry) : .text(entry.attendance.map { s.text($0.status.label) } ?? s.notRecorded)),
                        .td(model.mayManage ? .input(.type(.text), .name("reason_\(entry.personID.rawValue)"),
                                                     .value(model.typed["reason_\(entry.personID.rawValue)"] ?? entry.attendance?.reason ?? ""))
                                            : .text(entry.attendance?.reason ?? "")),
                        .td(.text(entry.attendance?.signedInAt.map { LocalDateTime.display($0, in: model.timeZone) } ?? "")))
                })))
            }
            return .div(.class("card"), .id("attendance"),
                .h2(.text(s.attendance)), .p(.text(summary)),
                Form.errorSummary(model.error.map { $0.message(s.locale) }),
                model.mayManage
                    ? .form(.method(.post), .action(MeetingRoute.attendance(model.meeting.id).path), Form.csrf(context.csrfToken),
                            table(HTML.FormContext.self), .button(.type(.submit), .text(s.saveAttendance)))
                    : table(HTML.BodyContext.self))
        }

        private func statusChoice(_ entry: RegisterEntry) -> Node<HTML.BodyContext> {
            let s = context.strings
            let name = "status_\(entry.personID.rawValue)"
            let current = model.typed[name] ?? entry.attendance?.status.rawValue
            return .span(.class("choices"), .forEach(Attendance.Status.allCases) { status in
                .label(.input(.type(.radio), .name(name), .value(status.rawValue), .checked(current == status.rawValue)),
                       .text(s.text(status.label)))
            })
        }

        private func attachmentsSection() -> Node<HTML.BodyContext> {
            let s = context.strings, m = model.meeting
            return .div(.class("card"), .id("attachments"),
                .h2(.text(s.attachments)),
                Form.errorSummary(model.attachmentError.map { $0.message(s.locale) }),
                .ul(.forEach(model.attachments) { a in
                    .li(.a(.href(MeetingRoute.attachment(m.id, a.id).path), .text(a.fileName)),
                        .text(" (\(max(1, a.size / 1024)) KB)"),
                        .if(model.mayManage, .form(.method(.post), .action(MeetingRoute.deleteAttachment(m.id, a.id).path), .class("inline"),
                                                   Form.csrf(context.csrfToken), .button(.type(.submit), .text(s.remove)))))
                }),
                .if(model.mayManage, .form(.method(.post), .action(MeetingRoute.attachments(m.id).path),
                                           .enctype(.multipartData),
                    Form.csrf(context.csrfToken),
                    .input(.type(.file), .name("file"), .attribute(named: "accept", value: "image/jpeg,image/png,application/pdf")),
                    .p(.class("hint"), .text(s.attachmentHint)),
                    .button(.type(.submit), .text(s.upload)))))
        }
    }
}
