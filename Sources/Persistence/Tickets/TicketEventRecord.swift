import Domain
import FluentKit
import Foundation

/// One line of a ticket's history.
public struct TicketEvent: Equatable, Sendable {
    public var kind: TicketEventKind
    public var at: Date
    public var actorPersonID: Person.ID?
    /// The name of a responder or leader; empty for the requester and the system, whom pages name by their part.
    public var actorName: String
    public var note: String
    public var departmentID: Department.ID?
}

final class TicketEventRecord: Model, @unchecked Sendable {
    static let schema = "ticket_events"
    @ID(key: .id) var id: UUID?
    @Field(key: "ticket_id") var ticketID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "at") var at: Date
    @OptionalField(key: "actor_person_id") var actorPersonID: UUID?
    @Field(key: "actor_name") var actorName: String
    @Field(key: "note") var note: String
    @OptionalField(key: "department_id") var departmentID: UUID?

    init() {}

    init(ticket: Ticket.ID, _ event: TicketEvent) {
        id = UUID(); ticketID = ticket.rawValue; kind = event.kind.rawValue; at = event.at
        actorPersonID = event.actorPersonID?.rawValue; actorName = event.actorName; note = event.note
        departmentID = event.departmentID?.rawValue
    }

    var domain: TicketEvent {
        TicketEvent(kind: TicketEventKind(rawValue: kind) ?? .submitted, at: at, actorPersonID: actorPersonID.map { .init($0) },
                    actorName: actorName, note: note, departmentID: departmentID.map { .init($0) })
    }
}
