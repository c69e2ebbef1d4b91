import Domain
import Plot

extension AccountShow {
    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings, a = model.account
            return Layout.page(a.login, context, .group(
                Form.errorSummary(model.error.map { $0.message(s.locale) }),
                .div(.class("card"),
                    .dl(.class("record"),
                        row(s.account, "login", a.login),
                        row(s.accountDisplayName, "displayName", a.displayName),
                        row(s.linkedPerson, "person", person()),
                        row(s.accountStatus, "status", a.statusText(s)))),
                .if(a.isLocked, unlockForm()),
                .h2(.text(s.roles)),
                roles(),
                assignForm(),
                .p(.a(.href(SiteRoute.accountRoles().path), .text(s.back)))
            ))
        }

        private func row(_ label: String, _ field: String, _ value: String) -> Node<HTML.DescriptionListContext> {
            .group(.dt(.text(label)), .dd(.attribute(named: "data-field", value: field), .text(value)))
        }

        private func person() -> String {
            guard model.account.personID != nil else { return context.strings.no }
            return model.person.map { "\($0.number) \($0.name)" } ?? context.strings.yes
        }

        private func unlockForm() -> Node<HTML.BodyContext> {
            let s = context.strings
            return .form(.method(.post), .action(SiteRoute.unlock(model.account.id).path), .class("card"),
                Form.csrf(context.csrfToken),
                .p(.class("notice"), .text(s.lockedNotice)),
                .button(.type(.submit), .text(s.unlockButton)))
        }

        private func roles() -> Node<HTML.BodyContext> {
            let s = context.strings, a = model.account
            guard !a.roles.isEmpty else { return .p(.text(s.noRoles)) }
            return .div(.class("table-wrap"), .table(.class("roles"),
                .thead(.tr(.th(.text(s.roleField)), .th(.text(s.rolePlace)), .th(.text(s.actions)))),
                .tbody(.forEach(a.roles) { assignment in
                    .tr(.attribute(named: "data-role", value: assignment.role.rawValue),
                        .td(.text(s.label(assignment.role))),
                        .td(.text(model.places.place(assignment, s))),
                        .td(.form(.method(.post), .action(SiteRoute.revokeRole(a.id, assignment.id).path), .class("inline"),
                                  Form.csrf(context.csrfToken),
                                  .button(.type(.submit), .class("secondary"), .text(s.revokeButton)))))
                })))
        }

        /// Plain HTML without script: every place select is shown, and the role decides which one counts.
        private func assignForm() -> Node<HTML.BodyContext> {
            let s = context.strings, f = model.form
            return .div(.class("card"), .h2(.text(s.assignRole)),
                .form(.method(.post), .action(SiteRoute.assignRole(model.account.id).path),
                    Form.csrf(context.csrfToken),
                    Form.select(s.roleField, name: "role", options: roleOptions(), selected: f.role, includeEmpty: "—",
                                error: error("role")),
                    Form.select(s.placeOrganization, name: "organizationID", options: model.organizations,
                                selected: f.organizationID, includeEmpty: "—", error: error("organizationID")),
                    Form.select(s.placeClass, name: "classID", options: model.classes,
                                selected: f.classID, includeEmpty: "—", error: error("classID")),
                    Form.select(s.placeDepartment, name: "departmentID", options: model.departments,
                                selected: f.departmentID, includeEmpty: "—", error: error("departmentID")),
                    .p(.class("hint"), .text(s.roleHint), .br(), .text(s.departmentRoleHint)),
                    .button(.type(.submit), .text(s.assignButton))))
        }

        /// Working roles first, the three administrations last, and none preselected: no misclick makes an admin.
        private func roleOptions() -> [(value: String, label: String)] {
            let s = context.strings
            let ordered = Role.allCases.filter { !$0.isSeparatedAdministration } + Role.allCases.filter(\.isSeparatedAdministration)
            return ordered.map { ($0.rawValue, s.label($0)) }
        }

        private func error(_ field: String) -> String? {
            guard let error = model.error, error.field == field else { return nil }
            return error.message(context.strings.locale)
        }
    }
}
