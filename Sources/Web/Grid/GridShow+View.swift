import Domain
import Plot

extension GridShow {
    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings, unit = model.unit
            return Layout.page(unit.name, context, .group(
                .div(.class("card"),
                    .dl(.class("record"),
                        .dt(.text(s.kind)), .dd(.text(s.label(unit.kind))),
                        .dt(.text(s.parentGridUnit)), .dd(parent())),
                    actions()),
                children(),
                .unwrap(model.students) { students($0) }
            ))
        }

        private func parent() -> Node<HTML.BodyContext> {
            .unwrap(model.parent, { parent in
                parent.isInScope ? .a(.href(SiteRoute.gridUnit(parent.id).path), .text(parent.name)) : .text(parent.name)
            }, else: .text("—"))
        }

        private func actions() -> Node<HTML.BodyContext> {
            let s = context.strings, query = PeopleQuery(gridUnitID: model.unit.id)
            return .if(model.mayViewPeople, .div(.class("pager"),
                .a(.href(SiteRoute.people(query).path), .text(s.openPeopleList)),
                .if(model.mayExport, .group(
                    .a(.href(SiteRoute.exportPeople(query, format: "xlsx").path), .text(s.exportXLSX)),
                    .a(.href(SiteRoute.exportPeople(query, format: "csv").path), .text(s.exportCSV))))))
        }

        private func children() -> Node<HTML.BodyContext> {
            let s = context.strings
            return .if(!model.children.isEmpty, .group(.h2(.text(s.gridUnitsWithin)), .div(.class("card tree"),
                .ul(.forEach(model.children) { child in
                    .li(.a(.href(SiteRoute.gridUnit(child.id).path), .text(child.name)),
                        .span(.class("badge"), .text(s.label(child.kind))))
                }))))
        }

        private func students(_ page: ListPage<Person>) -> Node<HTML.BodyContext> {
            // A dorm's residents may come from several classes; a class's all share it.
            let s = context.strings, showsClass = model.unit.kind == .dorm
            return .group(
                .h2(.text(s.students)),
                .p(.small(.text(s.pageOf(page.number, page.pageCount, page.total)))),
                page.items.isEmpty ? .p(.text(s.noPeople)) : .div(.class("table-wrap"), .table(.class("people"),
                    .thead(.tr(.th(.text(s.number)), .th(.text(s.personName)), .th(.text(s.politicalStatus)),
                               .if(showsClass, .th(.text(s.schoolClass))))),
                    .tbody(.forEach(page.items) { person in
                        .tr(.td(.text(person.number)),
                            .td(.a(.class("person-link"), .href(SiteRoute.person(person.id).path), .text(person.name))),
                            .td(.text(s.label(person.politicalStatus))),
                            .if(showsClass, .td(.text(person.classID.flatMap { model.classNames[$0] } ?? ""))))
                    }))),
                pager(page))
        }

        private func pager(_ page: ListPage<Person>) -> Node<HTML.BodyContext> {
            let s = context.strings, path = SiteRoute.gridUnit(model.unit.id).path
            return .div(.class("pager"),
                .if(page.number > 1, .a(.href(path + "?page=\(page.number - 1)"), .text(s.previous))),
                .if(page.number < page.pageCount, .a(.href(path + "?page=\(page.number + 1)"), .text(s.next))))
        }
    }
}
