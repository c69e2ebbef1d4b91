import Domain
import Foundation
import Persistence
import Plot
import Vapor

/// 今日离校: everyone in the actor's scope who is away today (the same rule that takes them out of the daily
/// reports' expected count), with the number per class.
enum LeaveToday {
    struct Model {
        var today: LocalDate
        var leaves: [LeaveApplication]
        var travellers: [Person.ID: (name: String, number: String)]
        var classes: [GridUnit.ID: String]

        /// Per class, most away first; staff under their own line. A person with two lines counts once.
        var perClass: [(name: String, count: Int)] {
            var people: [String: Set<Person.ID>] = [:]
            for l in leaves { people[l.classID.flatMap { classes[$0] } ?? "", default: []].insert(l.personID) }
            return people.map { (name: $0.key, count: $0.value.count) }.sorted { ($0.count, $1.name) > ($1.count, $0.name) }
        }
    }

    @Sendable static func response(_ request: Request) async throws -> Response {
        let actor = try request.actor, stores = request.stores
        let today = try await request.today()
        let leaves = try await stores.leaves.away(on: today, actor: actor)
        let model = Model(today: today, leaves: leaves, travellers: try await stores.leaves.travellers(of: leaves),
                          classes: try await stores.grid.names(of: Set(leaves.compactMap(\.classID))))
        return try View(model: model, context: PageContext(request)).render().response()
    }

    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings
            let people = Set(model.leaves.map(\.personID)).count
            return Layout.page(s.leaveTodayTitle, context, .group(
                .p(.text(s.leaveTodayHeading(model.today.iso, people))),
                .if(model.leaves.isEmpty, .p(.text(s.leaveNobodyAway))),
                .if(!model.leaves.isEmpty, .group(
                    .h2(.text(s.leavePerClass)),
                    .table(.class("counts"),
                        .thead(.tr(.th(.text(s.leaveClass)), .th(.text(s.leaveCount)))),
                        .tbody(.forEach(model.perClass) { row in
                            .tr(.td(.text(row.name.isEmpty ? s.label(LeaveTraveller.staff) : row.name)), .td(.text(String(row.count))))
                        })),
                    list()))))
        }

        private func list() -> Node<HTML.BodyContext> {
            let s = context.strings
            return .ul(.class("cards leaves"), .forEach(model.leaves) { l in
                let who = model.travellers[l.personID]
                return .li(.class("leave \(l.status.rawValue)"),
                    .a(.href(LeaveRoute.leave(l.id).path), .text("\(who?.name ?? "") · \(l.destination)")),
                    .p(.class("meta"),
                       .span(.class("status"), .text(s.label(l.status))),
                       .if(l.isOverdue(today: model.today), .span(.class("badge"), .text(s.leaveOverdue))),
                       .text(" · \(l.firstDay.iso) – \(l.lastDay.iso) · " + (l.classID.flatMap { model.classes[$0] } ?? s.label(l.traveller)))))
            })
        }
    }
}
