import Domain
import Foundation
import Persistence
import Plot
import Vapor

/// The form to plan or record a meeting. A refused save shows the form again with what was typed and why.
enum MeetingEdit {
    struct Model {
        var id: Meeting.ID?
        var form: MeetingForm
        var error: DomainError?
        var organizations: [Organization]
        var rules: MeetingRules
    }

    static func response(_ request: Request, id: Meeting.ID?, form: MeetingForm, error: DomainError?) async throws -> Response {
        let actor = try request.actor
        let organizations = try await request.stores.organizations.list(scope: actor.scope).filter { !$0.isDissolved }
        var rules = MeetingRules.standard
        if let school = actor.schoolID { rules = try await request.stores.meetingRules.rules(of: school) }
        let model = Model(id: id, form: form, error: error, organizations: organizations, rules: rules)
        return try View(model: model, context: PageContext(request)).render()
            .response(status: error == nil ? .ok : .unprocessableEntity)
    }

    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings, f = model.form
            let action = model.id.map { MeetingRoute.meeting($0).path } ?? "/meetings"
            let orgOptions = model.organizations.map { ($0.id.rawValue.uuidString, String(repeating: "　", count: max(0, $0.path.depth - 1)) + $0.name) }
            let kind = MeetingKind(rawValue: f.kind) ?? .themedPartyDay
            return Layout.page(model.id == nil ? s.newMeeting : s.editMeeting, context, .div(.class("card"),
                .form(.method(.post), .action(action), .id("meeting-form"),
                    Form.csrf(context.csrfToken),
                    Form.errorSummary(model.error.map { $0.message(s.locale) }),
                    Form.select(s.meetingKind, name: "kind", options: MeetingKind.allCases.map { ($0.rawValue, s.text($0.label)) },
                                selected: f.kind, error: error("kind")),
                    Form.select(s.meetingStatus, name: "status", options: Meeting.Status.allCases.map { ($0.rawValue, s.text($0.label)) },
                                selected: f.status, error: error("status")),
                    Form.select(s.hostOrganization, name: "organizationID", options: orgOptions, selected: f.organizationID,
                                includeEmpty: "—", error: error("organization")),
                    Form.text(s.startsAt, name: "startsAt", value: f.startsAt, required: true, type: .datetimeLocal, error: error("startsAt")),
                    Form.text(s.endsAt, name: "endsAt", value: f.endsAt, type: .datetimeLocal, error: error("endsAt")),
                    Form.text(s.topic, name: "topic", value: f.topic, required: true, error: error("topic")),
                    Form.text(s.place, name: "place", value: f.place, required: true, error: error("place")),
                    Form.checkbox(s.isOnline, name: "isOnline", checked: f.isOnline == "true" || f.isOnline == "on"),
                    Form.text(s.lecturer, name: "lecturer", value: f.lecturer),
                    elementsFieldset(kind),
                    textarea(s.agenda, name: "agenda", value: f.agenda, rows: 3),
                    textarea(s.minutes, name: "minutes", value: f.minutes, rows: 8),
                    .element(named: "details", nodes: [.element(named: "summary", text: s.jointOrganizations),
                        .div(.class("field checks"), .forEach(model.organizations.filter { $0.kind == .branch || $0.kind == .group }) { o in
                            .label(.input(.type(.checkbox), .name("otherOrganizationIDs[]"), .value(o.id.rawValue.uuidString),
                                          .checked((f.otherOrganizationIDs ?? []).contains(o.id.rawValue.uuidString))), .text(" " + o.name))
                        })]),
                    .button(.type(.submit), .text(s.save)))))
        }

        /// Every kind's checklist is shown, so that changing the kind needs no script; only the chosen kind's counts.
        private func elementsFieldset(_ kind: MeetingKind) -> Node<HTML.FormContext> {
            let s = context.strings
            let done = Set(model.form.elements ?? [])
            let kinds = MeetingKind.allCases.filter { !model.rules.elements(of: $0).isEmpty }
            return .fieldset(.element(named: "legend", text: s.requiredElements),
                .forEach(kinds) { k in
                    .div(.class(k == kind ? "elements current" : "elements"),
                        .strong(.text(s.text(k.label) + "：")),
                        .forEach(model.rules.elements(of: k)) { element in
                            .label(.input(.type(.checkbox), .name("elements[]"), .value(element.id), .checked(done.contains(element.id))),
                                   .text(" " + s.text(element.label) + "　"))
                        })
                })
        }

        private func textarea(_ label: String, name: String, value: String?, rows: Int) -> Node<HTML.FormContext> {
            .div(.class("field"), .label(.attribute(named: "for", value: name), .text(label)),
                 .textarea(.name(name), .id(name), .attribute(named: "rows", value: String(rows)), .text(value ?? "")))
        }

        private func error(_ field: String) -> String? {
            guard let error = model.error, error.field == field else { return nil }
            return error.message(context.strings.locale)
        }
    }
}
