import Domain
import Persistence
import Plot
import Vapor

/// The form to add or edit a person. A refused save shows the form again with what was typed and why.
enum PersonEdit {
    struct Model {
        var id: Person.ID?
        var form: PersonForm
        var error: DomainError?
        var organizations: [(value: String, label: String)]
        var classes: [(value: String, label: String)]
        var dorms: [(value: String, label: String)]
    }

    static func response(_ request: Request, id: Person.ID?, form: PersonForm, error: DomainError?) async throws -> Response {
        let actor = try request.actor, stores = request.stores
        var organizations = try await stores.organizations.list(scope: actor.scope).filter { $0.kind == .branch || $0.kind == .group }
            .map { (value: $0.id.rawValue.uuidString, label: $0.name) }
        var classes = try await stores.grid.list(scope: actor.scope, kinds: [.schoolClass])
            .map { (value: $0.id.rawValue.uuidString, label: $0.name) }
        // A place the person already has stays selectable even when it lies outside the actor's scope.
        let keptOrganization = form.organizationID.flatMap(UUID.init(uuidString:)).map { Organization.ID($0) }
        let kept = try await stores.organizations.names(of: Set([keptOrganization].compactMap { $0 }))
        for (id, name) in kept where !organizations.contains(where: { $0.value == id.rawValue.uuidString }) {
            organizations.append((id.rawValue.uuidString, name))
        }
        let keptClass = form.classID.flatMap(UUID.init(uuidString:)).map { GridUnit.ID($0) }
        let keptClasses = try await stores.grid.names(of: Set([keptClass].compactMap { $0 }))
        for (id, name) in keptClasses where !classes.contains(where: { $0.value == id.rawValue.uuidString }) {
            classes.append((id.rawValue.uuidString, name))
        }
        var dorms: [(value: String, label: String)] = []
        if let keptClass {
            dorms = try await stores.grid.children(of: keptClass, scope: .system).map { ($0.id.rawValue.uuidString, $0.name) }
        }
        let model = Model(id: id, form: form, error: error, organizations: organizations, classes: classes, dorms: dorms)
        return try View(model: model, context: PageContext(request)).render()
            .response(status: error == nil ? .ok : (error!.status == .conflict ? .conflict : .unprocessableEntity))
    }

    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings, f = model.form
            let action = model.id.map { SiteRoute.person($0).path } ?? "/people"
            return Layout.page(model.id == nil ? s.newPerson : s.editPerson, context, .div(.class("card"),
                .form(.method(.post), .action(action),
                    Form.csrf(context.csrfToken),
                    Form.errorSummary(model.error.map { $0.message(s.locale) }),
                    Form.text(s.number, name: "number", value: f.number, required: true, error: error("number")),
                    Form.text(s.personName, name: "name", value: f.name, required: true, error: error("name")),
                    Form.select(s.gender, name: "gender", options: Person.Gender.allCases.map { ($0.rawValue, s.label($0)) },
                                selected: f.gender, includeEmpty: "—"),
                    Form.select(s.personKind, name: "kind", options: Person.Kind.allCases.map { ($0.rawValue, s.label($0)) }, selected: f.kind),
                    Form.select(s.politicalStatus, name: "politicalStatus",
                                options: PoliticalStatus.allCases.map { ($0.rawValue, s.label($0)) }, selected: f.politicalStatus),
                    Form.text(s.ethnicity, name: "ethnicity", value: f.ethnicity),
                    Form.text(s.birthDate, name: "birthDate", value: f.birthDate, type: .date, error: error("birthDate")),
                    Form.text(s.idNumber + (model.id == nil ? "" : "（\(s.keepNumberHint)）"), name: "idNumber", value: nil, error: error("idNumber")),
                    Form.text(s.phone + (model.id == nil ? "" : "（\(s.keepNumberHint)）"), name: "phone", value: nil, error: error("phone")),
                    Form.select(s.organization, name: "organizationID", options: model.organizations, selected: f.organizationID,
                                includeEmpty: s.none, error: error("organizationID")),
                    Form.select(s.schoolClass, name: "classID", options: model.classes, selected: f.classID, includeEmpty: s.none, error: error("classID")),
                    .if(!model.dorms.isEmpty, Form.select(s.dorm, name: "dormID", options: model.dorms, selected: f.dormID, includeEmpty: s.none)),
                    .fieldset(.element(named: "legend", text: s.stages),
                        .forEach(Stage.allCases) { stage in
                            Form.text(s.label(stage), name: stage.rawValue, value: f[stage], type: .date, error: error(stage.rawValue))
                        }),
                    Form.select(s.committeeRole, name: "committeeRole", options: CommitteeRole.allCases.map { ($0.rawValue, s.label($0)) },
                                selected: f.committeeRole, includeEmpty: s.none),
                    Form.checkbox(s.dualLeader, name: "isDualLeader", checked: f.isDualLeader == "true" || f.isDualLeader == "on"),
                    .button(.type(.submit), .text(s.save)))))
        }

        private func error(_ field: String) -> String? {
            guard let error = model.error, error.field == field else { return nil }
            return error.message(context.strings.locale)
        }
    }
}
