import Domain
import Foundation
import Persistence
import Plot
import Vapor

/// The watch list in scope: the open count on top, open watches oldest first with their days under watch and
/// last follow-up; a filter for closed ones and a search by name.
enum WatchIndex {
    struct Model {
        var query: WatchQuery
        var page: ListPage<WatchStore.Entry>
        var openCount: Int
        var today: LocalDate
        var timeZone: TimeZone

        static func load(_ request: Request, query: WatchQuery) async throws -> Model {
            let scope = try request.actor.scope, watches = request.stores.watches
            return Model(query: query, page: try await watches.list(query.filter, page: ListRequest(number: query.page, size: 30), scope: scope),
                         openCount: try await watches.openCount(scope: scope), today: try await request.today(),
                         timeZone: try await request.schoolTimeZone())
        }
    }

    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings
            return Layout.page(s.watchesTitle, context, .group(
                .p(.class("stat"), .strong(.text(s.openWatchCount(model.openCount)))),
                .if(context.may(.manageWatches),
                    .div(.class("pager"), .a(.class("button primary"), .href(WatchRoute.new(person: nil, text: nil).path), .text(s.putOnWatch)))),
                .p(.a(.href(WatchRoute.export(model.query, format: "xlsx").path), .text(s.exportXLSX))),
                filters(),
                .p(.text(s.pageOf(model.page.number, model.page.pageCount, model.page.total))),
                model.page.items.isEmpty ? .p(.text(s.noWatches)) : list(),
                pager()))
        }

        private func filters() -> Node<HTML.BodyContext> {
            let s = context.strings, q = model.query
            let options = WatchStatus.allCases.map { ($0.rawValue, s.label($0)) } + [("all", s.all)]
            return .form(.method(.get), .action(WatchRoute.list.path), .class("filters"),
                Form.text(s.watchSearch, name: "q", value: q.text),
                Form.select(s.meetingStatus, name: "status", options: options, selected: q.status?.rawValue ?? "all"),
                .button(.type(.submit), .text(s.filter)))
        }

        /// Cards rather than a wide table: counsellors read this on a phone.
        private func list() -> Node<HTML.BodyContext> {
            let s = context.strings
            return .ul(.class("cards watches"), .forEach(model.page.items) { e in
                let w = e.watch, days = w.daysUnderWatch(today: model.today)
                let last = e.lastFollowUp.map { f in
                    s.watchLastFollowUp + " " + LocalDateTime.display(f.happenedAt, in: model.timeZone) + " " + s.label(f.method) + " · " + s.label(f.result)
                } ?? s.watchNoFollowUpYet
                return .li(.class(w.status == .open ? "card open" : "card"),
                    .a(.href(WatchRoute.watch(w.id).path), .text(e.name + (e.className.map { "（\($0)）" } ?? ""))),
                    .p(.class("meta"),
                       .span(.class("status"), .text(s.label(w.status))),
                       .span(.class("badge"), .text(w.status == .open ? s.daysUnderWatch(days) : s.daysWatched(days))),
                       .text(" · " + s.watchOpenedOn + " " + w.openedOn.iso),
                       .text(" · " + w.reason)),
                    .p(.class("meta"), .text(last)))
            })
        }

        private func pager() -> Node<HTML.BodyContext> {
            let s = context.strings
            var previous = model.query, next = model.query
            previous.page -= 1; next.page += 1
            return .div(.class("pager"),
                .if(model.page.number > 1, .a(.href(WatchRoute.index(previous).path), .text(s.previous))),
                .if(model.page.number < model.page.pageCount, .a(.href(WatchRoute.index(next).path), .text(s.next))))
        }
    }
}
