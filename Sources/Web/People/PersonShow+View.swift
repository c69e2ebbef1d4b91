import Domain
import Persistence
import Plot

extension PersonShow {
    struct View {
        var model: Model
        var error: String?
        var context: PageContext

        func render() -> HTML {
            let s = context.strings, p = model.person
            return Layout.page(p.name, context, .group(
                Form.errorSummary(error),
                .div(.class("card"),
                    .dl(.class("record"),
                        row(s.number, "number", p.number),
                        row(s.personName, "name", p.name),
                        row(s.gender, "gender", p.gender.map(s.label) ?? ""),
                        row(s.personKind, "kind", s.label(p.kind)),
                        row(s.politicalStatus, "politicalStatus", s.label(p.politicalStatus)),
                        row(s.ethnicity, "ethnicity", p.ethnicity ?? ""),
                        row(s.birthDate, "birthDate", p.birthDate?.iso ?? ""),
                        row(s.idNumber, "idNumber", model.unmasked[.idNumber] ?? p.idNumberMasked ?? ""),
                        row(s.phone, "phone", model.unmasked[.phone] ?? p.phoneMasked ?? ""),
                        row(s.organization, "organization", model.organizationName ?? ""),
                        row(s.schoolClass, "class", model.className ?? ""),
                        row(s.dorm, "dorm", model.dormName ?? ""),
                        row(s.committeeRole, "committeeRole", p.committeeRole.map(s.label) ?? ""),
                        row(s.dualLeader, "isDualLeader", p.isDualLeader ? s.yes : s.no)),
                    .if(model.mayEdit, .p(.a(.class("button"), .href(SiteRoute.editPerson(p.id).path), .text(s.edit))))),
                .if(model.mayUnmask && (p.idNumberMasked != nil || p.phoneMasked != nil), unmaskForm()),
                .if(p.politicalStatus != .masses && p.politicalStatus != .leagueMember, stages()),
                PersonPosts.section(model, context),
                PersonTransfers.section(model, context)
            ))
        }

        private func row(_ label: String, _ field: String, _ value: String) -> Node<HTML.DescriptionListContext> {
            .group(.dt(.text(label)), .dd(.attribute(named: "data-field", value: field), .text(value)))
        }

        private func unmaskForm() -> Node<HTML.BodyContext> {
            let s = context.strings
            return .form(.method(.post), .action(SiteRoute.unmask(model.person.id).path), .class("filters"),
                Form.csrf(context.csrfToken),
                Form.select(s.unmask, name: "field", options: [(PersonalField.idNumber.rawValue, s.idNumber),
                                                               (PersonalField.phone.rawValue, s.phone)], selected: nil),
                .button(.type(.submit), .class("secondary"), .text(s.unmask)),
                .small(.text(s.unmaskNote)))
        }

        private func stages() -> Node<HTML.BodyContext> {
            let s = context.strings
            return .group(.h2(.text(s.stages)), .div(.class("card"), .dl(.class("record"),
                .forEach(Stage.allCases) { stage in
                    .group(.dt(.text(s.label(stage))),
                           .dd(.attribute(named: "data-field", value: "stage-\(stage.rawValue)"),
                               .text(model.person.stages[stage]?.iso ?? "—")))
                })))
        }
    }
}
