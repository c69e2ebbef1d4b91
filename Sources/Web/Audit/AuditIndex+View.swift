import Domain
import Plot

extension AuditIndex {
    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings
            return Layout.page(s.auditTitle, context, .group(
                filters(),
                .p(.class("hint"), .text(s.auditReadOnly)),
                .div(.class("pager"), .span(.text(s.pageOf(model.page.number, model.page.pageCount, model.page.total))),
                     .if(model.page.total > 0, exportLinks())),
                model.page.items.isEmpty ? .p(.text(s.noAuditEvents)) : table(),
                pager()
            ))
        }

        private func filters() -> Node<HTML.BodyContext> {
            let s = context.strings, q = model.query
            return .form(.method(.get), .action(SiteRoute.audit.path), .class("filters"),
                Form.select(s.auditAction, name: "action", options: AuditAction.allCases.map { ($0.rawValue, s.label($0)) },
                            selected: q.action?.rawValue, includeEmpty: s.all),
                Form.text(s.auditActor, name: "actor", value: q.actorLogin),
                Form.select(s.auditResult, name: "result", options: AuditEvent.Result.allCases.map { ($0.rawValue, s.label($0)) },
                            selected: q.result?.rawValue, includeEmpty: s.all),
                Form.text(s.auditFrom, name: "from", value: q.from?.iso, type: .date),
                Form.text(s.auditUntil, name: "until", value: q.until?.iso, type: .date),
                .button(.type(.submit), .text(s.filter)))
        }

        private func table() -> Node<HTML.BodyContext> {
            let s = context.strings
            return .div(.class("table-wrap"), .table(.class("audit"),
                .thead(.tr(.th(.text(s.auditTime)), .th(.text(s.auditActor)), .th(.text(s.auditAction)), .th(.text(s.auditTarget)),
                           .th(.text(s.auditResult)), .th(.text(s.auditAddress)), .th(.text(s.auditDetail)))),
                .tbody(.forEach(model.page.items) { event in
                    .tr(.attribute(named: "data-action", value: event.action.rawValue),
                        .td(.text(AuditTime.text(event.at, in: model.timeZone))),
                        .td(.text(event.actorLogin)),
                        .td(.text(s.label(event.action))),
                        .td(.text(event.target)),
                        .td(.class(event.result == .failure ? "failure" : "success"), .text(s.label(event.result))),
                        .td(.text(event.address)),
                        .td(.text(s.detail(of: event))))
                })))
        }

        /// The same filters, every page: the file holds the whole selection, not the page on screen.
        private func exportLinks() -> Node<HTML.BodyContext> {
            let s = context.strings
            var query = model.query
            query.page = 1
            return .group(.a(.href(SiteRoute.exportAudit(query, format: "xlsx").path), .text(s.exportXLSX)),
                          .a(.href(SiteRoute.exportAudit(query, format: "csv").path), .text(s.exportCSV)))
        }

        private func pager() -> Node<HTML.BodyContext> {
            let s = context.strings
            var previous = model.query, next = model.query
            previous.page -= 1; next.page += 1
            return .div(.class("pager"),
                .if(model.page.number > 1, .a(.href(SiteRoute.auditTrail(previous).path), .text(s.previous))),
                .if(model.page.number < model.page.pageCount, .a(.href(SiteRoute.auditTrail(next).path), .text(s.next))))
        }
    }
}
