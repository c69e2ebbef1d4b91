import Domain
import Persistence
import Vapor

/// The security admin's actions on one account: assign and revoke roles, unlock. 三权分立 is enforced by the
/// store; this layer checks that each role names the place it needs.
extension AccountsController {
    static let roleEndpoints = [
        Endpoint(.POST, "accounts/:id/roles", .manageRoles, assign),
        Endpoint(.POST, "accounts/:id/roles/:role/delete", .manageRoles, revoke),
        Endpoint(.POST, "accounts/:id/unlock", .manageRoles, unlock),
    ]

    @Sendable static func assign(_ request: Request) async throws -> Response {
        let id: Actor.AccountID = try request.id("id")
        let form = try request.content.decode(AccountShow.RoleForm.self)
        let account = try await request.stores.accounts.find(id, school: try request.actor.schoolID)
        do {
            let assignment = try await assignment(form, for: account, request)
            try await request.stores.accounts.assign(assignment, to: id, context: try request.auditContext)
            try await request.accountChanged(id)
            return request.redirect(to: SiteRoute.account(id).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity {
            return try await AccountShow.response(request, id: id, form: form, error: error)
        }
    }

    @Sendable static func revoke(_ request: Request) async throws -> Response {
        let id: Actor.AccountID = try request.id("id")
        let assignmentID: RoleAssignment.ID = try request.id("role")
        let actor = try request.actor
        let account = try await request.stores.accounts.find(id, school: actor.schoolID)
        guard let assignment = account.roles.first(where: { $0.id == assignmentID }) else { throw DomainError.notFound }
        // A security admin who revoked their own role could no longer undo it.
        if account.id == actor.accountID && assignment.role.isSeparatedAdministration {
            return try await AccountShow.response(request, id: id, error: .invalid(field: "role", message: Strings.bilingual(\.ownAdminRole)))
        }
        try await request.stores.accounts.revoke(assignmentID, from: id, context: try request.auditContext)
        try await request.accountChanged(id)
        return request.redirect(to: SiteRoute.account(id).path, redirectType: .normal)
    }

    @Sendable static func unlock(_ request: Request) async throws -> Response {
        let id: Actor.AccountID = try request.id("id")
        try await request.stores.accounts.unlock(id, context: try request.auditContext)
        return request.redirect(to: SiteRoute.account(id).path, redirectType: .normal)
    }

    /// The assignment the form describes, with its place checked against the role and the actor's scope.
    /// A place outside the scope is answered like a missing one (404).
    static func assignment(_ form: AccountShow.RoleForm, for account: Account, _ request: Request) async throws -> RoleAssignment {
        let actor = try request.actor, stores = request.stores
        guard let role = form.role.flatMap(Role.init(rawValue:)) else { throw invalid("role", \.roleRequired) }
        var assignment = RoleAssignment(id: .init(UUID()), role: role, schoolID: account.schoolID ?? actor.schoolID)
        switch role {
        case .organizationAdmin, .branchSecretary:
            guard let id = uuid(form.organizationID) else { throw invalid("organizationID", \.organizationRequired) }
            let organization = try await stores.organizations.find(.init(id), scope: actor.scope)
            guard account.schoolID.map({ $0 == organization.schoolID }) ?? true else { throw DomainError.notFound }
            if role == .branchSecretary && organization.kind != .branch && organization.kind != .generalBranch {
                throw invalid("organizationID", \.branchRequired)
            }
            assignment.organizationID = organization.id
        case .counselor, .classMonitor:
            guard let id = uuid(form.classID) else { throw invalid("classID", \.classRequired) }
            let unit = try await stores.grid.find(.init(id), scope: actor.scope)
            guard account.schoolID.map({ $0 == unit.schoolID }) ?? true else { throw DomainError.notFound }
            guard unit.kind == .schoolClass else { throw invalid("classID", \.classRequired) }
            assignment.gridUnitID = unit.id
        case .partyMember, .student:
            guard let personID = account.personID else { throw invalid("role", \.personRequired) }
            if role == .partyMember, !(try await stores.people.find(personID, scope: actor.scope).politicalStatus.isPartyMember) {
                throw invalid("role", \.notPartyMember)
            }
        case .responder, .departmentLeader:
            assignment.departmentID = try await department(form.departmentID, school: assignment.schoolID, request)
        case .supervisor:
            // A supervisor without a school would reach every school's tickets.
            guard assignment.schoolID != nil else { throw invalid("role", \.schoolRequired) }
        case .systemAdmin, .securityAdmin, .auditAdmin:
            break
        }
        let held = account.roles.contains {
            $0.role == role && $0.organizationID == assignment.organizationID && $0.gridUnitID == assignment.gridUnitID
                && $0.departmentID == assignment.departmentID
        }
        if held { throw invalid("role", \.duplicateRole) }
        return assignment
    }

    /// The department a responder or leader serves: one of the account's school, active; another school's is a 404.
    private static func department(_ text: String?, school: School.ID?, _ request: Request) async throws -> Department.ID {
        guard let id = uuid(text) else { throw invalid("departmentID", \.departmentRequired) }
        guard let school else { throw invalid("role", \.schoolRequired) }
        guard try request.actor.scope.includes(school: school) else { throw DomainError.notFound }
        let department = try await request.stores.departments.department(.init(id), school: school)
        guard department.isActive else { throw invalid("departmentID", \.departmentInactive) }
        return department.id
    }

    private static func invalid(_ field: String, _ key: KeyPath<Strings, String>) -> DomainError {
        .invalid(field: field, message: Strings.bilingual(key))
    }

    private static func uuid(_ text: String?) -> UUID? {
        guard let text, !text.isEmpty else { return nil }
        return UUID(uuidString: text)
    }
}
