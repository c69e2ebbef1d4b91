import Domain
import FluentKit
import Foundation

extension AccountStore {
    /// Resolves an account into the Actor of a request (its roles and the scope they give), and whether
    /// it must change its password before doing anything else.
    public func actor(_ id: Actor.AccountID, demoMode: Bool) async throws -> (actor: Actor, mustChangePassword: Bool)? {
        guard let account = try await AccountRecord.find(id.rawValue, on: database) else { return nil }
        let assignments = try await RoleAssignmentRecord.query(on: database).filter(\.$accountID == id.rawValue).all()
        var resolved: [ResolvedAssignment] = []
        for a in assignments {
            guard let role = Role(rawValue: a.role) else { continue }
            resolved.append(try await resolve(a, role: role))
        }
        let personID = account.personID.map { Person.ID($0) }
        let actor = Actor(accountID: id, login: account.login, displayName: account.displayName, personID: personID,
                          schoolID: account.schoolID.map { .init($0) }, roles: resolved.map(\.role),
                          scope: Scope.of(personID: personID, schoolID: account.schoolID.map { .init($0) }, assignments: resolved))
        return (actor, account.mustChangePassword && !(demoMode && account.isDemo))
    }

    private func resolve(_ a: RoleAssignmentRecord, role: Role) async throws -> ResolvedAssignment {
        var result = ResolvedAssignment(role: role, schoolID: a.schoolID.map { .init($0) })
        if let id = a.organizationID, let organization = try await OrganizationRecord.find(id, on: database) {
            result.organizationPath = TreePath(rawValue: organization.path)
            result.isSchoolRoot = organization.parentID == nil
            if let gridID = organization.gridUnitID, let unit = try await GridUnitRecord.find(gridID, on: database) {
                result.gridPath = TreePath(rawValue: unit.path)
            }
        }
        if let id = a.gridUnitID, let unit = try await GridUnitRecord.find(id, on: database) {
            result.gridPath = TreePath(rawValue: unit.path)
        }
        return result
    }

    public func changePassword(_ id: Actor.AccountID, current: String, new: String, hasher: any PasswordHasher,
                               address: String) async throws {
        guard let account = try await AccountRecord.find(id.rawValue, on: database),
              try hasher.verify(current, against: account.passwordHash) else {
            throw DomainError.invalid(field: "current", message: Message(zh: "当前密码不正确", en: "The current password is wrong"))
        }
        try PasswordPolicy().check(new, login: account.login)
        guard !(try hasher.verify(new, against: account.passwordHash)) else {
            throw DomainError.invalid(field: "password", message: Message(zh: "新密码不能与当前密码相同", en: "The new password must differ from the current one"))
        }
        account.passwordHash = try hasher.hash(new); account.mustChangePassword = false; account.isDemo = false
        try await database.writing { tx in
            try await account.update(on: tx)
            try await audit.append(event(.passwordChanged, login: account.login, school: account.schoolID, address: address), on: tx)
        }
    }
}
