import Domain
import Persistence
import Vapor

/// The system admin's account list as a file: every account of the school, each with its roles and state.
extension AccountsController {
    @Sendable static func export(_ request: Request, format: ListExport.Format) async throws -> Response {
        let accounts = try await allAccounts(request)
        let places = try await AccountPlaces.load(accounts.flatMap(\.roles), request.stores)
        let s = request.strings
        let rows = accounts.map { account in
            [account.login, account.displayName, account.roles.map { places.describe($0, s) }.joined(separator: "；"),
             account.isLocked ? s.yes : s.no, account.mustChangePassword ? s.yes : s.no]
        }
        let header = [s.account, s.accountDisplayName, s.roles, s.statusLocked, s.statusMustChange]
        let list = ListExport(header: header, rows: rows, sheetName: s.accountsAdminTitle)
        return try await list.respond(request, format: format, name: .init(ascii: "accounts", localised: s.accountsFileName),
                                      target: "accounts")
    }

    /// The store hands out pages of at most 500; a school has a few hundred accounts at most, so all are read.
    private static func allAccounts(_ request: Request) async throws -> [Account] {
        let school = try request.actor.schoolID
        var accounts: [Account] = []
        var number = 1
        while true {
            let page = try await request.stores.accounts.list(school: school, page: ListRequest(number: number, size: 500))
            accounts += page.items
            guard number < page.pageCount else { return accounts }
            number += 1
        }
    }
}
