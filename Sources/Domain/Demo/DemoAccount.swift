/// A demo login with its roles; every demo account uses `DemoUniversity.demoPassword`.
public struct DemoAccount: Equatable, Sendable {
    public var login: String
    public var displayName: String
    public var personID: Person.ID?
    public var assignments: [RoleAssignment]

    public init(login: String, displayName: String, personID: Person.ID?, assignments: [RoleAssignment]) {
        self.login = login; self.displayName = displayName; self.personID = personID; self.assignments = assignments
    }
}
