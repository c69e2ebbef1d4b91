import Domain
import Plot

extension TicketSettingsIndex {
    /// Each table row is a form of its own: its inputs sit in the row's cells and name the form in the last cell
    /// (the HTML `form` attribute), so no script is needed and each row saves alone.
    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings
            return Layout.page(s.ticketSettingsTitle, context, .group(
                .p(.class("hint"), .text(s.ticketSettingsIntro)),
                .p(.a(.href(TicketRoute.calendar(year: nil).path), .text(s.settingsCalendarLink))),
                .h2(.text(s.settingsDepartments)), departments(), addDepartment(),
                .h2(.text(s.settingsCategories)), categories(), addCategory(),
                .h2(.text(s.settingsRules)), rules()
            ))
        }

        // MARK: Departments

        private func departments() -> Node<HTML.BodyContext> {
            let s = context.strings
            guard !model.departments.isEmpty else { return .p(.text(s.settingsNoDepartments)) }
            return .div(.class("table-wrap"), .table(.class("departments"),
                .thead(.tr(.th(.text(s.settingsDepartmentName)), .th(.text(s.settingsActive)), .th(.text(s.actions)))),
                .tbody(.forEach(model.departments) { d in
                    let form = FormID.department(d.id), name = "department-\(d.id.rawValue.uuidString)"
                    return .tr(.attribute(named: "data-department", value: d.id.rawValue.uuidString),
                               .td(input("name", model.value(form, "name", d.name), label: s.settingsDepartmentName, form: name),
                                   errorText(model.error(form, "name", s.locale))),
                               .td(checkbox(label: s.settingsActive, form: name, checked: model.checked(form, d.isActive))),
                               .td(rowForm(name, action: .departments, id: d.id.rawValue.uuidString,
                                           error: model.formError(form, fields: ["name"], s.locale))))
                })))
        }

        private func addDepartment() -> Node<HTML.BodyContext> {
            let s = context.strings, form = FormID.department(nil)
            return .div(.class("card"), .form(.method(.post), .action(TicketSettingsRoute.departments.path),
                Form.csrf(context.csrfToken),
                Form.errorSummary(model.formError(form, fields: ["name"], s.locale)),
                field(s.settingsDepartmentName, id: "new-department-name", error: model.error(form, "name", s.locale),
                      input("name", model.value(form, "name", ""), id: "new-department-name", required: true)),
                .input(.type(.hidden), .name("active"), .value("true")),
                .button(.type(.submit), .text(s.settingsAddDepartment))))
        }

        // MARK: Categories

        private func categories() -> Node<HTML.BodyContext> {
            let s = context.strings
            guard !model.categories.isEmpty else { return .p(.text(s.settingsNoCategories)) }
            return .div(.class("table-wrap"), .table(.class("categories"),
                .thead(.tr(.th(.text(s.settingsCategoryName)), .th(.text(s.settingsResponsibleDepartment)),
                           .th(.text(s.settingsTimeLimit)), .th(.text(s.settingsActive)), .th(.text(s.actions)))),
                .tbody(.forEach(model.categories) { c in
                    let form = FormID.category(c.id), name = "category-\(c.id.rawValue.uuidString)"
                    return .tr(.attribute(named: "data-category", value: c.id.rawValue.uuidString),
                               .td(input("name", model.value(form, "name", c.name), label: s.settingsCategoryName, form: name),
                                   errorText(model.error(form, "name", s.locale))),
                               .td(select("department", selected: model.value(form, "department", c.departmentID.rawValue.uuidString),
                                          label: s.settingsResponsibleDepartment, form: name),
                                   errorText(model.error(form, "department", s.locale))),
                               .td(input("timeLimitDays", model.value(form, "timeLimitDays", String(c.timeLimitDays)), label: s.settingsTimeLimit,
                                         form: name, type: .number),
                                   errorText(model.error(form, "timeLimitDays", s.locale))),
                               .td(checkbox(label: s.settingsActive, form: name, checked: model.checked(form, c.isActive))),
                               .td(rowForm(name, action: .categories, id: c.id.rawValue.uuidString,
                                           error: model.formError(form, fields: ["name", "department", "timeLimitDays"], s.locale))))
                })))
        }

        private func addCategory() -> Node<HTML.BodyContext> {
            let s = context.strings, form = FormID.category(nil)
            guard model.departments.contains(where: \.isActive) else { return .p(.class("hint"), .text(s.settingsDepartmentFirst)) }
            return .div(.class("card"), .form(.method(.post), .action(TicketSettingsRoute.categories.path),
                Form.csrf(context.csrfToken),
                Form.errorSummary(model.formError(form, fields: ["name", "department", "timeLimitDays"], s.locale)),
                field(s.settingsCategoryName, id: "new-category-name", error: model.error(form, "name", s.locale),
                      input("name", model.value(form, "name", ""), id: "new-category-name", required: true)),
                field(s.settingsResponsibleDepartment, id: "new-category-department", error: model.error(form, "department", s.locale),
                      select("department", selected: model.value(form, "department", ""), id: "new-category-department")),
                field(s.settingsTimeLimit, id: "new-category-limit", error: model.error(form, "timeLimitDays", s.locale),
                      input("timeLimitDays", model.value(form, "timeLimitDays", "5"), id: "new-category-limit", type: .number, required: true)),
                .input(.type(.hidden), .name("active"), .value("true")),
                .button(.type(.submit), .text(s.settingsAddCategory))))
        }

        // MARK: Rules

        private func rules() -> Node<HTML.BodyContext> {
            let s = context.strings, r = model.settings
            let fields: [(String, String, Int)] = [("autoConfirmDays", s.settingsAutoConfirmDays, r.autoConfirmDays),
                                                   ("reopenDays", s.settingsReopenDays, r.reopenDays),
                                                   ("supervisorAfterWorkingDays", s.settingsSupervisorAfter, r.supervisorAfterWorkingDays)]
            return .div(.class("card"), .form(.method(.post), .action(TicketSettingsRoute.rules.path),
                Form.csrf(context.csrfToken),
                .p(.class("hint"), .text(s.settingsRulesHint)),
                Form.errorSummary(model.formError(.rules, fields: Set(fields.map(\.0)), s.locale)),
                .forEach(fields) { name, label, stored in
                    field(label, id: name, error: model.error(.rules, name, s.locale),
                          input(name, model.value(.rules, name, String(stored)), id: name, type: .number, required: true))
                },
                .button(.type(.submit), .text(s.save))))
        }

        // MARK: Pieces

        private func rowForm(_ name: String, action: TicketSettingsRoute, id: String, error: String?) -> Node<HTML.BodyContext> {
            .group(.form(.method(.post), .action(action.path), .id(name), .class("inline"),
                         Form.csrf(context.csrfToken), .input(.type(.hidden), .name("id"), .value(id)),
                         .button(.type(.submit), .text(context.strings.save))),
                   errorText(error))
        }

        /// An input of a row (labelled for screen readers, tied to the row's form) or of a stacked form (`id`).
        private func input<C: HTML.BodyContext>(_ name: String, _ value: String, label: String? = nil, form: String? = nil, id: String? = nil,
                                                type: HTMLInputType = .text, required: Bool = false) -> Node<C> {
            .input(.type(type), .name(name), .value(value), .required(required),
                   .attribute(named: "id", value: id), .attribute(named: "form", value: form), .attribute(named: "aria-label", value: label),
                   .attribute(named: "min", value: type == .number ? "1" : nil),
                   .attribute(named: "max", value: type == .number ? String(TicketCategory.longestTimeLimit) : nil))
        }

        private func select<C: HTML.BodyContext>(_ name: String, selected: String, label: String? = nil, form: String? = nil,
                                                 id: String? = nil) -> Node<C> {
            let s = context.strings
            // A department no longer active stays listed only where it is already chosen.
            let options = model.departments.filter { $0.isActive || $0.id.rawValue.uuidString == selected }
            return .element(named: "select", nodes: [
                .attribute(named: "name", value: name), .attribute(named: "id", value: id),
                .attribute(named: "form", value: form), .attribute(named: "aria-label", value: label),
                .element(named: "option", nodes: [.attribute(named: "value", value: "", ignoreIfValueIsEmpty: false), .text("—")]),
            ] + options.map { d in
                .element(named: "option", nodes: [
                    .attribute(named: "value", value: d.id.rawValue.uuidString),
                    .attribute(named: "selected", value: d.id.rawValue.uuidString == selected ? "selected" : nil),
                    .text(d.name + (d.isActive ? "" : s.settingsInactiveMark)),
                ])
            })
        }

        private func checkbox<C: HTML.BodyContext>(label: String, form: String, checked: Bool) -> Node<C> {
            .label(.input(.type(.checkbox), .name("active"), .value("true"), .checked(checked), .attribute(named: "form", value: form)),
                   .text(" " + label))
        }

        private func field<C: HTML.BodyContext>(_ label: String, id: String, error: String?, _ control: Node<C>) -> Node<C> {
            .div(.class(error == nil ? "field" : "field invalid"), .label(.attribute(named: "for", value: id), .text(label)), control,
                 errorText(error))
        }

        private func errorText<C: HTML.BodyContext>(_ error: String?) -> Node<C> {
            .unwrap(error) { .p(.class("error"), .text($0)) }
        }
    }
}
