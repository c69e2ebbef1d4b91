import Domain
import Foundation

/// Every page's address, built in one place so that views hold no string URLs.
enum SiteRoute {
    case home
    case login(next: String?)
    case logout
    case password
    case organizations
    case organization(Organization.ID)
    case grid
    case gridUnit(GridUnit.ID)
    case people(PeopleQuery)
    case person(Person.ID)
    case newPerson
    case editPerson(Person.ID)
    case transfer(Person.ID)
    case unmask(Person.ID)
    case posts(Person.ID)
    case deletePost(Person.ID, Post.ID)
    case exportPeople(PeopleQuery, format: String)
    case exportOrganizations(format: String)
    case exportGrid(format: String)
    case exportAudit(AuditQuery, format: String)
    case exportAccounts(format: String)
    case newImport
    case importProgress(UUID)
    case audit
    case auditTrail(AuditQuery)
    /// The system admin's list of accounts.
    case accounts(page: Int = 1)
    /// The security admin's list of the same accounts, each opening to its roles.
    case accountRoles(page: Int = 1)
    case newAccount
    case account(Actor.AccountID)
    case assignRole(Actor.AccountID)
    case revokeRole(Actor.AccountID, RoleAssignment.ID)
    case unlock(Actor.AccountID)
    case stylesheet

    var path: String {
        switch self {
        case .home: "/"
        case .login(let next): next.map { "/login?next=\(Self.escape($0))" } ?? "/login"
        case .logout: "/logout"
        case .password: "/password"
        case .organizations: "/organizations"
        case .organization(let id): "/organizations/\(id.rawValue)"
        case .grid: "/grid"
        case .gridUnit(let id): "/grid/\(id.rawValue)"
        case .people(let query): "/people" + query.queryString
        case .person(let id): "/people/\(id.rawValue)"
        case .newPerson: "/people/new"
        case .editPerson(let id): "/people/\(id.rawValue)/edit"
        case .transfer(let id): "/people/\(id.rawValue)/transfers"
        case .unmask(let id): "/people/\(id.rawValue)/unmask"
        case .posts(let id): "/people/\(id.rawValue)/posts"
        case .deletePost(let id, let post): "/people/\(id.rawValue)/posts/\(post.rawValue)/delete"
        case .exportPeople(let query, let format): "/people/export.\(format)" + query.queryString
        case .exportOrganizations(let format): "/organizations/export.\(format)"
        case .exportGrid(let format): "/grid/export.\(format)"
        case .exportAudit(let query, let format): "/audit/export.\(format)" + query.queryString
        case .exportAccounts(let format): "/accounts/export.\(format)"
        case .newImport: "/imports/new"
        case .importProgress(let id): "/imports/\(id)"
        case .audit: "/audit"
        case .auditTrail(let query): "/audit" + query.queryString
        case .accounts(let page): "/accounts" + (page > 1 ? "?page=\(page)" : "")
        case .accountRoles(let page): "/accounts/roles" + (page > 1 ? "?page=\(page)" : "")
        case .newAccount: "/accounts/new"
        case .account(let id): "/accounts/\(id.rawValue)"
        case .assignRole(let id): "/accounts/\(id.rawValue)/roles"
        case .revokeRole(let id, let role): "/accounts/\(id.rawValue)/roles/\(role.rawValue)/delete"
        case .unlock(let id): "/accounts/\(id.rawValue)/unlock"
        case .stylesheet: "/assets/app.css"
        }
    }

    static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~/"))) ?? ""
    }
}

/// The filters of a people list, carried in its address. Never personal numbers: those are searched by POST-free
/// hash lookup only when typed, and a typed number stays in the form, not in a shared link.
struct PeopleQuery: Equatable, Sendable {
    var text: String?
    var organizationID: Organization.ID?
    var gridUnitID: GridUnit.ID?
    var status: PoliticalStatus?
    var page: Int = 1

    var queryString: String {
        var items: [String] = []
        if let text, !text.isEmpty { items.append("q=\(SiteRoute.escape(text))") }
        if let id = organizationID { items.append("org=\(id.rawValue)") }
        if let id = gridUnitID { items.append("grid=\(id.rawValue)") }
        if let status { items.append("status=\(status.rawValue)") }
        if page > 1 { items.append("page=\(page)") }
        return items.isEmpty ? "" : "?" + items.joined(separator: "&")
    }
}
