/// How the actor stands to one ticket, decided by Persistence from the actor's roles and the ticket's place.
public struct TicketParty: Equatable, Sendable {
    /// Raised the ticket.
    public var isRequester: Bool
    /// A responder or leader of the ticket's department, or a supervisor of its school.
    public var isHandler: Bool
    /// A leader of the department or a supervisor: may hand the ticket to a colleague.
    public var mayAssignOthers: Bool

    public init(isRequester: Bool, isHandler: Bool, mayAssignOthers: Bool = false) {
        self.isRequester = isRequester; self.isHandler = isHandler; self.mayAssignOthers = mayAssignOthers
    }
}
