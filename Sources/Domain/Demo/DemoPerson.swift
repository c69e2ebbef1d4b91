/// A demo person with the full personal numbers that `Person` only shows masked, so that seeding can
/// store them the way a real roster import would.
public struct DemoPerson: Equatable, Sendable {
    public var person: Person
    public var idNumber: IDNumber?
    public var phone: PhoneNumber?

    public init(person: Person, idNumber: IDNumber?, phone: PhoneNumber?) {
        self.person = person; self.idNumber = idNumber; self.phone = phone
    }
}
