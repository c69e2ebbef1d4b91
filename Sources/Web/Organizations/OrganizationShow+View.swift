import Domain
import Plot

extension OrganizationShow {
    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings, o = model.organization
            return Layout.page(o.name, context, .group(
                .div(.class("card"),
                    .dl(.class("record"),
                        .dt(.text(s.kind)), .dd(.text(s.label(o.kind))),
                        .dt(.text(s.category)), .dd(.text(o.category.map(s.label) ?? "—")),
                        .dt(.text(s.parentOrganization)), .dd(parent()),
                        .dt(.text(s.organizationMembers)), .dd(.text(s.memberCount(model.totals[o.id] ?? 0))),
                        .dt(.text(s.foundedOn)), .dd(.text(o.foundedOn?.iso ?? "—")),
                        .unwrap(o.dissolvedOn) { .group(.dt(.text(s.dissolvedOn)), .dd(.text($0.iso))) }),
                    actions(),
                    organisationalLife()),
                children(),
                .unwrap(model.members) { members in
                    .group(.if(o.kind == .branch, committee()), memberTable(members))
                }
            ))
        }

        private func parent() -> Node<HTML.BodyContext> {
            .unwrap(model.parent, { parent in
                parent.isInScope ? .a(.href(SiteRoute.organization(parent.id).path), .text(parent.name)) : .text(parent.name)
            }, else: .text("—"))
        }

        private func actions() -> Node<HTML.BodyContext> {
            let s = context.strings, query = PeopleQuery(organizationID: model.organization.id)
            return .if(model.members != nil, .div(.class("pager"),
                .a(.href(SiteRoute.people(query).path), .text(s.openPeopleList)),
                .if(model.mayExport, .group(
                    .a(.href(SiteRoute.exportPeople(query, format: "xlsx").path), .text(s.exportXLSX)),
                    .a(.href(SiteRoute.exportPeople(query, format: "csv").path), .text(s.exportCSV)))),
                .if(model.mayCreate, .a(.class("button"), .text(s.addPersonHere),
                    .href(SiteRoute.newPerson.path + "?org=\(model.organization.id.rawValue.uuidString)")))))
        }

        /// Links to the organisation's meetings, board and robots, and its lifespan for those who keep the tree.
        private func organisationalLife() -> Node<HTML.BodyContext> {
            let s = context.strings, o = model.organization
            return .group(
                .div(.class("pager"),
                    .if(context.may(.viewMeetings), .a(.href(MeetingRoute.index(MeetingQuery(organizationID: o.id)).path), .text(s.meetingsTitle))),
                    .if(context.may(.viewCompliance) && o.kind != .group,
                        .a(.href(MeetingRoute.board(organization: o.id, year: nil).path), .text(s.complianceTitle))),
                    .if(context.may(.manageRobots), .a(.href(RobotRoute.index(o.id).path), .text(s.robotsLink)))),
                .if(context.may(.editOrganizations), .details(.summary(.text(s.lifespanTitle)),
                    .form(.method(.post), .action("/organizations/\(o.id.rawValue)/lifespan"), .class("filters"),
                          Form.csrf(context.csrfToken),
                          Form.text(s.foundedOn, name: "foundedOn", value: o.foundedOn?.iso, type: .date),
                          Form.text(s.dissolvedOn, name: "dissolvedOn", value: o.dissolvedOn?.iso, type: .date),
                          .button(.type(.submit), .text(s.save))))))
        }

        private func children() -> Node<HTML.BodyContext> {
            let s = context.strings
            return .if(!model.children.isEmpty, .group(.h2(.text(s.subOrganizations)), .div(.class("card tree"),
                .ul(.forEach(model.children) { child in
                    .li(.a(.href(SiteRoute.organization(child.id).path), .text(child.name)),
                        .span(.class("badge"), .text(s.label(child.kind))),
                        .unwrap(child.category) { .span(.class("badge"), .text(s.label($0))) },
                        .small(.text(" " + s.memberCount(model.totals[child.id] ?? 0))))
                }))))
        }

        private func committee() -> Node<HTML.BodyContext> {
            let s = context.strings
            return .group(.h2(.text(s.branchCommittee)), .div(.class("card"), model.committee.isEmpty
                ? .p(.text(s.noBranchCommittee))
                : .dl(.class("record committee"), .forEach(model.committee) { person in
                    .group(.dt(.text(person.committeeRole.map(s.label) ?? "")),
                           .dd(.a(.href(SiteRoute.person(person.id).path), .text(person.name)),
                               .if(person.isDualLeader, .span(.class("badge dual-leader"), .text(s.dualLeader)))))
                })))
        }

        private func memberTable(_ page: ListPage<Person>) -> Node<HTML.BodyContext> {
            let s = context.strings
            return .group(
                .h2(.text(s.organizationMembers)),
                .p(.small(.text(s.organizationMembersNote + " " + s.pageOf(page.number, page.pageCount, page.total)))),
                page.items.isEmpty ? .p(.text(s.noPeople)) : .div(.class("table-wrap"), .table(.class("people"),
                    .thead(.tr(.th(.text(s.number)), .th(.text(s.personName)), .th(.text(s.politicalStatus)),
                               .th(.text(s.organization)), .th(.text(s.committeeRole)))),
                    .tbody(.forEach(page.items) { person in
                        .tr(.td(.text(person.number)),
                            .td(.a(.class("person-link"), .href(SiteRoute.person(person.id).path), .text(person.name))),
                            .td(.text(s.label(person.politicalStatus))),
                            .td(.text(person.organizationID.flatMap { model.organizationNames[$0] } ?? "")),
                            .td(.text(person.committeeRole.map(s.label) ?? "")))
                    }))),
                pager(page))
        }

        private func pager(_ page: ListPage<Person>) -> Node<HTML.BodyContext> {
            let s = context.strings, path = SiteRoute.organization(model.organization.id).path
            return .div(.class("pager"),
                .if(page.number > 1, .a(.href(path + "?page=\(page.number - 1)"), .text(s.previous))),
                .if(page.number < page.pageCount, .a(.href(path + "?page=\(page.number + 1)"), .text(s.next))))
        }
    }
}
