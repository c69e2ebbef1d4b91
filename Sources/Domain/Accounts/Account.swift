import Foundation

/// An account as administrators see it: no password hash leaves Persistence.
public struct Account: Equatable, Sendable {
    public var id: Actor.AccountID
    public var login: String
    public var displayName: String
    public var schoolID: School.ID?
    public var personID: Person.ID?
    public var roles: [RoleAssignment]
    public var mustChangePassword: Bool
    public var isLocked: Bool

    public init(id: Actor.AccountID, login: String, displayName: String, schoolID: School.ID?, personID: Person.ID?,
                roles: [RoleAssignment], mustChangePassword: Bool, isLocked: Bool) {
        self.id = id; self.login = login; self.displayName = displayName; self.schoolID = schoolID
        self.personID = personID; self.roles = roles; self.mustChangePassword = mustChangePassword; self.isLocked = isLocked
    }
}
