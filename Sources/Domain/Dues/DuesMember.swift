/// A party member as the dues pages list them: who, where, and from which month they owe.
public struct DuesMember: Equatable, Sendable {
    public var personID: Person.ID
    public var name: String
    public var number: String
    public var kind: Person.Kind
    public var politicalStatus: PoliticalStatus
    public var organizationID: Organization.ID?
    /// The later of the admission month (预备党员) and the month they joined their branch.
    public var firstMonth: YearMonth?

    public init(personID: Person.ID, name: String, number: String, kind: Person.Kind, politicalStatus: PoliticalStatus,
                organizationID: Organization.ID?, firstMonth: YearMonth?) {
        self.personID = personID; self.name = name; self.number = number; self.kind = kind
        self.politicalStatus = politicalStatus; self.organizationID = organizationID; self.firstMonth = firstMonth
    }
}
