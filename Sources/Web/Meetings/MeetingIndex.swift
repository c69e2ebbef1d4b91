import Domain
import Foundation
import Persistence
import Plot

/// The list of meetings in scope, newest first, with filters.
enum MeetingIndex {
    struct Model {
        var query: MeetingQuery
        var page: ListPage<Meeting>
        var organizations: [Organization]
        var names: [Organization.ID: String]
        var timeZone: TimeZone
        var year: Int
    }

    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings
            return Layout.page(s.meetingsTitle, context, .group(
                filters(),
                .div(.class("pager"),
                     .span(.text(s.pageOf(model.page.number, model.page.pageCount, model.page.total))),
                     .if(context.may(.manageMeetings),
                         .a(.class("button"), .href(MeetingRoute.new(organization: model.query.organizationID).path), .text(s.newMeeting))),
                     .unwrap(model.query.organizationID.flatMap { id in context.may(.exportLists) ? id : nil }) { org in
                         .group(.a(.href(MeetingRoute.export(organization: org, year: model.year, matrix: false).path), .text(s.exportMeetings)),
                                .a(.href(MeetingRoute.export(organization: org, year: model.year, matrix: true).path), .text(s.exportAttendanceMatrix)))
                     }),
                model.page.items.isEmpty ? .p(.text(s.noMeetings)) : table(),
                pager()))
        }

        private func filters() -> Node<HTML.BodyContext> {
            let s = context.strings
            return .form(.method(.get), .action("/meetings"), .class("filters"),
                .if(!model.organizations.isEmpty, Form.select(s.organizationColumn, name: "org",
                    options: model.organizations.map { ($0.id.rawValue.uuidString, String(repeating: "　", count: max(0, $0.path.depth - 1)) + $0.name) },
                    selected: model.query.organizationID?.rawValue.uuidString, includeEmpty: s.all)),
                Form.select(s.meetingKind, name: "kind", options: MeetingKind.allCases.map { ($0.rawValue, s.text($0.label)) },
                            selected: model.query.kind?.rawValue, includeEmpty: s.all),
                Form.text(s.dateFrom, name: "from", value: model.query.from?.iso, type: .date),
                Form.text(s.dateTo, name: "to", value: model.query.to?.iso, type: .date),
                .button(.type(.submit), .text(s.filter)))
        }

        private func table() -> Node<HTML.BodyContext> {
            let s = context.strings
            return .div(.class("table-wrap"), .table(.class("meetings"),
                .thead(.tr(.th(.text(s.meetingDate)), .th(.text(s.meetingKind)), .th(.text(s.topic)),
                           .th(.text(s.organizationsTakingPart)), .th(.text(s.meetingStatus)))),
                .tbody(.forEach(model.page.items) { m in
                    .tr(.td(.text(LocalDateTime.display(m.startsAt, in: model.timeZone))),
                        .td(.text(s.text(m.kind.label))),
                        .td(.a(.class("meeting-link"), .href(MeetingRoute.meeting(m.id).path), .text(m.topic))),
                        .td(.text(m.organizationIDs.compactMap { model.names[$0] }.joined(separator: "、"))),
                        .td(.text(s.text(m.status.label) + (m.status == .held && !m.isComplete ? " · " + s.incomplete : ""))))
                })))
        }

        private func pager() -> Node<HTML.BodyContext> {
            let s = context.strings
            var previous = model.query, next = model.query
            previous.page -= 1; next.page += 1
            return .div(.class("pager"),
                .if(model.page.number > 1, .a(.href(MeetingRoute.index(previous).path), .text(s.previous))),
                .if(model.page.number < model.page.pageCount, .a(.href(MeetingRoute.index(next).path), .text(s.next))))
        }
    }
}
