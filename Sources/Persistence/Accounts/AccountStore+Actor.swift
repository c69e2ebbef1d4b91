import Domain
import FluentKit
import Foundation

extension AccountStore {
    /// Resolves an account into the Actor of a request (its roles and the scope they give), and whether
    /// it must change its password before doing anything else.
    public func actor(_ id: Actor.AccountID, demoMode: Bool) async throws -> (actor: Actor, mustChangePassword: Bool)? {
        guard let account = try await AccountRecord.find(id.rawValue, on: database) else { return nil }
        let assignments = try await RoleAssignmentRecord.query(on: database).filter(\.$accountID == id.rawValue).all()
        let resolved = try await resolve(assignments)
        let personID = account.personID.map { Person.ID($0) }
        let actor = Actor(accountID: id, login: account.login, displayName: account.displayName, personID: personID,
                          schoolID: account.schoolID.map { .init($0) }, roles: resolved.map(\.role),
                          scope: Scope.of(personID: personID, schoolID: account.schoolID.map { .init($0) }, assignments: resolved))
        return (actor, account.mustChangePassword && !(demoMode && account.isDemo))
    }

    /// Resolves every assignment's places with one query per table, not one per assignment:
    /// this runs on every request, and a counsellor holds one assignment per class.
    private func resolve(_ assignments: [RoleAssignmentRecord]) async throws -> [ResolvedAssignment] {
        let organizationIDs = Set(assignments.compactMap(\.organizationID))
        let organizations = organizationIDs.isEmpty ? [:] : Dictionary(uniqueKeysWithValues:
            try await OrganizationRecord.query(on: database).filter(\.$id ~~ organizationIDs).all().map { ($0.id!, $0) })
        let unitIDs = Set(assignments.compactMap(\.gridUnitID) + organizations.values.compactMap(\.gridUnitID))
        let units = unitIDs.isEmpty ? [:] : Dictionary(uniqueKeysWithValues:
            try await GridUnitRecord.query(on: database).filter(\.$id ~~ unitIDs).all().map { ($0.id!, $0) })
        return assignments.compactMap { a in
            guard let role = Role(rawValue: a.role) else { return nil }
            var result = ResolvedAssignment(role: role, schoolID: a.schoolID.map { .init($0) },
                                            departmentID: a.departmentID.map { .init($0) })
            if let organization = a.organizationID.flatMap({ organizations[$0] }) {
                result.organizationPath = TreePath(rawValue: organization.path)
                result.isSchoolRoot = organization.parentID == nil
                if let unit = organization.gridUnitID.flatMap({ units[$0] }) { result.gridPath = TreePath(rawValue: unit.path) }
            }
            if let unit = a.gridUnitID.flatMap({ units[$0] }) { result.gridPath = TreePath(rawValue: unit.path) }
            return result
        }
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
