import Domain
import Persistence
import Vapor

/// One account as the security admin sees it: its roles with where they reach, and the forms to change them.
enum AccountShow {
    /// The role form as posted; all optional so that a missing choice is a field error, not a bad request.
    struct RoleForm: Content {
        var role: String?
        var organizationID: String?
        var classID: String?
        var departmentID: String?
    }

    struct Model {
        var account: Account
        var person: Person?
        var places: AccountPlaces
        var organizations: [(value: String, label: String)]
        var classes: [(value: String, label: String)]
        var departments: [(value: String, label: String)]
        var form: RoleForm
        var error: DomainError?
    }

    static func response(_ request: Request, id: Actor.AccountID, form: RoleForm = RoleForm(),
                         error: DomainError? = nil) async throws -> Response {
        let actor = try request.actor, stores = request.stores
        let account = try await stores.accounts.find(id, school: actor.schoolID)
        let person = try await linkedPerson(of: account, request)
        let organizations = try await stores.organizations.list(scope: actor.scope)
            .map { (value: $0.id.rawValue.uuidString, label: String(repeating: "　", count: max(0, $0.path.depth - 1)) + $0.name) }
        let classes = try await stores.grid.list(scope: actor.scope, kinds: [.schoolClass])
            .map { (value: $0.id.rawValue.uuidString, label: $0.name) }
        var departments: [Department] = []
        if let school = account.schoolID ?? actor.schoolID { departments = try await stores.departments.departments(of: school, activeOnly: true) }
        let model = Model(account: account, person: person, places: try await AccountPlaces.load(account.roles, stores),
                          organizations: organizations, classes: classes,
                          departments: departments.map { (value: $0.id.rawValue.uuidString, label: $0.name) },
                          form: form, error: error)
        return try View(model: model, context: PageContext(request)).render()
            .response(status: error == nil ? .ok : .unprocessableEntity)
    }

    /// The account's person; one outside the actor's scope is shown as linked but unnamed.
    static func linkedPerson(of account: Account, _ request: Request) async throws -> Person? {
        guard let id = account.personID else { return nil }
        do {
            return try await request.stores.people.find(id, scope: try request.actor.scope)
        } catch DomainError.notFound {
            return nil
        }
    }
}
