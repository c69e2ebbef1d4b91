import Domain
import Plot

extension AccountIndex {
    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings
            let title = model.audience == .accounts ? s.accountsAdminTitle : s.rolesAdminTitle
            return Layout.page(title, context, .group(
                .div(.class("pager"),
                     .span(.text(s.pageOf(model.page.number, model.page.pageCount, model.page.total))),
                     .if(model.audience == .accounts, .group(
                        .a(.class("button"), .href(SiteRoute.newAccount.path), .text(s.newAccount)),
                        .a(.href(SiteRoute.exportAccounts(format: "xlsx").path), .text(s.exportXLSX)),
                        .a(.href(SiteRoute.exportAccounts(format: "csv").path), .text(s.exportCSV))))),
                model.page.items.isEmpty ? .p(.text(s.noAccounts)) : table(),
                pager()
            ))
        }

        private func table() -> Node<HTML.BodyContext> {
            let s = context.strings
            return .div(.class("table-wrap"), .table(.class("accounts"),
                .thead(.tr(.th(.text(s.account)), .th(.text(s.accountDisplayName)), .th(.text(s.roles)),
                           .th(.text(s.linkedPerson)), .th(.text(s.accountStatus)))),
                .tbody(.forEach(model.page.items) { account in
                    .tr(.attribute(named: "data-login", value: account.login),
                        .td(login(account)),
                        .td(.text(account.displayName)),
                        .td(.text(account.roles.map { model.places.describe($0, s) }.joined(separator: "；"))),
                        .td(.text(account.personID == nil ? s.no : s.yes)),
                        .td(.text(account.statusText(s))))
                })))
        }

        /// Only the security admin's list opens an account: the system admin has no page to go to.
        private func login(_ account: Account) -> Node<HTML.BodyContext> {
            model.audience == .roles
                ? .a(.class("account-link"), .href(SiteRoute.account(account.id).path), .text(account.login))
                : .text(account.login)
        }

        private func pager() -> Node<HTML.BodyContext> {
            let s = context.strings, number = model.page.number
            let route: (Int) -> SiteRoute = model.audience == .accounts ? { .accounts(page: $0) } : { .accountRoles(page: $0) }
            return .div(.class("pager"),
                .if(number > 1, .a(.href(route(number - 1).path), .text(s.previous))),
                .if(number < model.page.pageCount, .a(.href(route(number + 1).path), .text(s.next))))
        }
    }
}
