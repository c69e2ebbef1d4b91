import Domain
import Foundation
import Persistence
import Plot
import Vapor

/// The ledger's list: a student's own applications with an "apply" button; for staff, the lines of their scope
/// with filters, pending ones first.
enum LeaveIndex {
    /// Counsellors, monitors and administrators see lines of others; a student only their own.
    static func isStaffView(_ actor: Actor) -> Bool {
        actor.may(.decideLeave) || actor.may(.recordStaffMovements) || actor.roles.contains(.classMonitor)
    }

    struct Model {
        var query: LeaveQuery
        var page: ListPage<LeaveApplication>
        var travellers: [Person.ID: (name: String, number: String)]
        var classes: [GridUnit.ID: String]
        var units: [GridUnit]
        var today: LocalDate
        var staffView: Bool

        static func load(_ request: Request, query: LeaveQuery, page: ListPage<LeaveApplication>) async throws -> Model {
            let actor = try request.actor, stores = request.stores
            let staffView = isStaffView(actor)
            return Model(query: query, page: page, travellers: try await stores.leaves.travellers(of: page.items),
                         classes: try await stores.grid.names(of: Set(page.items.compactMap(\.classID))),
                         units: staffView ? try await stores.grid.list(scope: actor.scope, kinds: [.college, .major, .schoolClass]) : [],
                         today: try await request.today(), staffView: staffView)
        }
    }

    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings
            return Layout.page(model.staffView ? s.leavesTitle : s.myLeavesTitle, context, .group(
                .div(.class("pager"),
                     .if(context.may(.applyForLeave), .a(.class("button primary"), .href(LeaveRoute.new.path), .text(s.leaveApply))),
                     .a(.href(LeaveRoute.today.path), .text(s.leaveTodayTitle)),
                     .if(context.may(.recordStaffMovements), .a(.href(LeaveRoute.newStaffMovement.path), .text(s.leaveStaffNewTitle))),
                     .if(model.staffView, .a(.href(LeaveRoute.export(model.query, format: "xlsx").path), .text(s.exportXLSX)))),
                .if(model.staffView, filters()),
                .p(.text(s.pageOf(model.page.number, model.page.pageCount, model.page.total))),
                model.page.items.isEmpty ? .p(.text(s.leaveNone)) : list(),
                pager()))
        }

        private func filters() -> Node<HTML.BodyContext> {
            let s = context.strings, q = model.query
            return .form(.method(.get), .action("/leaves"), .class("filters"),
                Form.text(s.search + "（" + s.leaveSearchHint + "）", name: "q", value: q.text),
                Form.select(s.leaveStatusLabel, name: "status", options: LeaveStatus.allCases.map { ($0.rawValue, s.label($0)) },
                            selected: q.status?.rawValue, includeEmpty: s.all),
                Form.text(s.leaveOnDay, name: "date", value: q.day?.iso, type: .date),
                Form.select(s.leaveClass, name: "unit", options: model.units.map { ($0.id.rawValue.uuidString, $0.name) },
                            selected: q.unitID?.rawValue.uuidString, includeEmpty: s.all),
                Form.select(s.leaveKind, name: "traveller", options: LeaveTraveller.allCases.map { ($0.rawValue, s.label($0)) },
                            selected: q.traveller?.rawValue, includeEmpty: s.all),
                .button(.type(.submit), .text(s.filter)))
        }

        /// Cards rather than a wide table: counsellors approve from their phones too.
        private func list() -> Node<HTML.BodyContext> {
            let s = context.strings
            return .ul(.class("cards leaves"), .forEach(model.page.items) { l in
                let who = model.travellers[l.personID]
                let place = l.classID.flatMap { model.classes[$0] } ?? s.label(l.traveller)
                return .li(.class("leave \(l.status.rawValue)"),
                    .a(.href(LeaveRoute.leave(l.id).path),
                       .text((model.staffView ? (who?.name ?? "") + " · " : "") + "\(l.firstDay.iso) – \(l.lastDay.iso) \(l.destination)")),
                    .p(.class("meta"),
                       .span(.class("status"), .text(s.label(l.status))),
                       .if(l.isOverdue(today: model.today), .span(.class("badge"), .text(s.leaveOverdue))),
                       .text(" · " + s.leaveDayCount(l.dayCount)),
                       .if(model.staffView, .text(" · " + (who?.number ?? "") + " · " + place))))
            })
        }

        private func pager() -> Node<HTML.BodyContext> {
            let s = context.strings
            var previous = model.query, next = model.query
            previous.page -= 1; next.page += 1
            return .div(.class("pager"),
                .if(model.page.number > 1, .a(.href(LeaveRoute.index(previous).path), .text(s.previous))),
                .if(model.page.number < model.page.pageCount, .a(.href(LeaveRoute.index(next).path), .text(s.next))))
        }
    }
}
