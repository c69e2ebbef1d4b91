import Foundation
import Tagged

/// Who is asking: the account, its person, its roles and the scope they give. Resolved once per request.
public struct Actor: Equatable, Sendable {
    public typealias AccountID = Tagged<Actor, UUID>
    public var accountID: AccountID
    public var login: String
    public var displayName: String
    public var personID: Person.ID?
    public var schoolID: School.ID?
    public var roles: [Role]
    public var scope: Scope

    public init(accountID: AccountID, login: String, displayName: String, personID: Person.ID?,
                schoolID: School.ID?, roles: [Role], scope: Scope) {
        self.accountID = accountID; self.login = login; self.displayName = displayName
        self.personID = personID; self.schoolID = schoolID; self.roles = roles; self.scope = scope
    }

    public func may(_ permission: Permission) -> Bool { Policy.allows(permission, roles: roles) }

    /// The actor of scheduled jobs and CLI commands.
    public static let system = Actor(accountID: AccountID(UUID(uuidString: "00000000-0000-0000-0000-000000000000")!),
                                     login: "system", displayName: "system", personID: nil, schoolID: nil,
                                     roles: [], scope: .system)
}
