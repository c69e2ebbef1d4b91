/// 党员先锋岗 / 党员示范岗 on display: the post, its holder and the holder's current pledges.
public struct PostHolder: Equatable, Sendable {
    public var post: Post
    public var personID: Person.ID
    public var name: String
    public var organizationID: Organization.ID?
    public var pledges: [Pledge]

    public init(post: Post, personID: Person.ID, name: String, organizationID: Organization.ID?, pledges: [Pledge]) {
        self.post = post; self.personID = personID; self.name = name; self.organizationID = organizationID; self.pledges = pledges
    }
}
