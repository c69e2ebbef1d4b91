import Domain
import Plot

extension PeopleIndex {
    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings
            return Layout.page(s.peopleTitle, context, .group(
                filters(),
                .if(model.mayLookup, lookupForm()),
                .div(.class("pager"),
                     .span(.text(s.pageOf(model.page.number, model.page.pageCount, model.page.total))),
                     .if(model.mayCreate, .a(.class("button"), .href(SiteRoute.newPerson.path), .text(s.newPerson))),
                     .if(model.mayExport, .group(
                        .a(.href(SiteRoute.exportPeople(model.query, format: "xlsx").path), .text(s.exportXLSX)),
                        .a(.href(SiteRoute.exportPeople(model.query, format: "csv").path), .text(s.exportCSV))))),
                model.page.items.isEmpty ? .p(.text(s.noPeople)) : table(),
                pager()
            ))
        }

        private func filters() -> Node<HTML.BodyContext> {
            let s = context.strings
            return .form(.method(.get), .action("/people"), .class("filters"),
                Form.text(s.search, name: "q", value: model.query.text),
                .if(!model.organizations.isEmpty, Form.select(s.organization, name: "org",
                    options: model.organizations.map { ($0.id.rawValue.uuidString, indent($0) + $0.name) },
                    selected: model.query.organizationID?.rawValue.uuidString, includeEmpty: s.all)),
                Form.select(s.politicalStatus, name: "status",
                            options: PoliticalStatus.allCases.map { ($0.rawValue, s.label($0)) },
                            selected: model.query.status?.rawValue, includeEmpty: s.all),
                .unwrap(model.query.gridUnitID) { .input(.type(.hidden), .name("grid"), .value($0.rawValue.uuidString)) },
                .button(.type(.submit), .text(s.filter)))
        }

        private func indent(_ organization: Organization) -> String {
            String(repeating: "　", count: max(0, organization.path.depth - 1))
        }

        /// Personal numbers are looked up by POST so they never travel in an address.
        private func lookupForm() -> Node<HTML.BodyContext> {
            let s = context.strings
            return .details(.summary(.text(s.lookupTitle)),
                .form(.method(.post), .action("/people/lookup"), .class("filters"),
                      Form.csrf(context.csrfToken),
                      Form.text(s.lookupField, name: "number", value: nil, required: true),
                      .button(.type(.submit), .text(s.find))))
        }

        private func table() -> Node<HTML.BodyContext> {
            let s = context.strings
            return .div(.class("table-wrap"), .table(.class("people"),
                .thead(.tr(.th(.text(s.number)), .th(.text(s.personName)), .th(.text(s.personKind)),
                           .th(.text(s.politicalStatus)), .th(.text(s.organization)), .th(.text(s.schoolClass)))),
                .tbody(.forEach(model.page.items) { person in
                    .tr(.td(.text(person.number)),
                        .td(.a(.class("person-link"), .href(SiteRoute.person(person.id).path), .text(person.name))),
                        .td(.text(s.label(person.kind))),
                        .td(.text(s.label(person.politicalStatus))),
                        .td(.text(person.organizationID.flatMap { model.organizationNames[$0] } ?? "")),
                        .td(.text(person.classID.flatMap { model.classNames[$0] } ?? "")))
                })))
        }

        private func pager() -> Node<HTML.BodyContext> {
            let s = context.strings
            var previous = model.query, next = model.query
            previous.page -= 1; next.page += 1
            return .div(.class("pager"),
                .if(model.page.number > 1, .a(.href(SiteRoute.people(previous).path), .text(s.previous))),
                .if(model.page.number < model.page.pageCount, .a(.href(SiteRoute.people(next).path), .text(s.next))))
        }
    }
}
