import Domain
import Persistence
import Vapor

/// Accounts and roles under 三权分立: the system admin lists and creates accounts; the security admin lists them,
/// gives and takes roles and unlocks. Each list links only to what its own role may open.
enum AccountsController {
    static let endpoints = [
        Endpoint(.GET, "accounts", .manageAccounts, index),
        Endpoint(.GET, "accounts/new", .manageAccounts, new),
        Endpoint(.POST, "accounts", .manageAccounts, create),
        Endpoint(.GET, "accounts/roles", .manageRoles, roles),
        Endpoint(.GET, "accounts/:id", .manageRoles, show),
    ] + ListExport.endpoints("accounts/export", .manageAccounts, export) + AccountsController.roleEndpoints

    @Sendable static func index(_ request: Request) async throws -> Response {
        try await AccountIndex.response(request, audience: .accounts)
    }

    @Sendable static func roles(_ request: Request) async throws -> Response {
        try await AccountIndex.response(request, audience: .roles)
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        try await AccountShow.response(request, id: try request.id("id"))
    }

    @Sendable static func new(_ request: Request) async throws -> Response {
        try AccountNew.response(request, form: AccountNew.CreateRequest(), error: nil)
    }

    /// Creates an account of the admin's school; the store checks the password policy and makes the account
    /// change its password at first login.
    @Sendable static func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(AccountNew.CreateRequest.self)
        let actor = try request.actor
        do {
            guard let school = actor.schoolID else { throw DomainError.forbidden }
            let displayName = (form.displayName ?? "").trimmingCharacters(in: .whitespaces)
            guard !displayName.isEmpty, displayName.count <= 64 else {
                throw DomainError.invalid(field: "displayName", message: Strings.bilingual(\.displayNameRequired))
            }
            let person = try await person(numbered: form.personNumber, request)
            _ = try await request.stores.accounts.create(login: form.login ?? "", displayName: displayName,
                                                         password: form.password ?? "", school: school, person: person,
                                                         hasher: request.zhibu.hasher, context: try request.auditContext)
            return request.redirect(to: SiteRoute.accounts().path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity || error.status == .conflict {
            return try AccountNew.response(request, form: form, error: error)
        }
    }

    /// The person with exactly this 学工号 in the actor's scope (the list search also matches prefixes and names);
    /// nil for a blank number.
    static func person(numbered text: String?, _ request: Request) async throws -> Person.ID? {
        let number = (text ?? "").trimmingCharacters(in: .whitespaces)
        guard !number.isEmpty else { return nil }
        let found = try await request.stores.people.list(PeopleStore.Filter(query: number), page: ListRequest(number: 1, size: 100),
                                                         scope: try request.actor.scope)
        guard let person = found.items.first(where: { $0.number == number }) else {
            throw DomainError.invalid(field: "personNumber", message: Message(zh: Strings.zh.personNotFound(number),
                                                                              en: Strings.en.personNotFound(number)))
        }
        return person.id
    }
}
