import Foundation

/// What someone does to a ticket. Each becomes one event on the ticket's history.
public enum TicketAction: Equatable, Sendable {
    /// A responder takes the ticket, for themselves or (a leader) for a colleague.
    case accept(assignee: Person.ID)
    case answer(String)
    /// To another department; the clock keeps running from the first submission.
    case transfer(department: Department.ID, category: TicketCategory.ID?, note: String)
    /// The clock pauses until the requester answers.
    case requestInfo(String)
    case provideInfo(String)
    case confirm
    /// Once, within the reopen period, when the answer did not solve it.
    case reopen(String)
    case rate(score: Int, comment: String)
    case merge(into: Ticket.ID)

    public static let answerLimit = 4000
    public static let noteLimit = 1000

    public var kind: TicketEventKind {
        switch self {
        case .accept: .accepted
        case .answer: .answered
        case .transfer: .transferred
        case .requestInfo: .infoRequested
        case .provideInfo: .infoProvided
        case .confirm: .confirmed
        case .reopen: .reopened
        case .rate: .rated
        case .merge: .merged
        }
    }

    /// The requester's own actions; the others belong to whoever handles the ticket.
    public var isRequesters: Bool {
        switch self {
        case .provideInfo, .confirm, .reopen, .rate: true
        default: false
        }
    }

    /// The event's text as kept on the history.
    public var note: String {
        switch self {
        case .answer(let text), .requestInfo(let text), .provideInfo(let text), .reopen(let text): text
        case .transfer(_, _, let note): note
        case .rate(let score, let comment): comment.isEmpty ? "\(score)" : "\(score) \(comment)"
        case .accept, .confirm, .merge: ""
        }
    }
}

/// The kinds of events on a ticket's history, including those the system writes.
public enum TicketEventKind: String, Codable, CaseIterable, Sendable {
    case submitted, accepted, answered, transferred
    case infoRequested = "info_requested", infoProvided = "info_provided"
    case confirmed, autoConfirmed = "auto_confirmed", reopened, rated, merged
    case answeredOnSpot = "answered_on_spot"
    case warned, escalatedToLeader = "escalated_to_leader", escalatedToSupervisor = "escalated_to_supervisor"
}
