/// Where a ticket stands. Open tickets owe an answer; their clock runs except while waiting for information.
public enum TicketStatus: String, Codable, CaseIterable, Sendable {
    case submitted
    /// Accepted by a responder of the responsible department.
    case accepted
    /// The responder asked the requester for more information: the clock pauses.
    case infoRequested = "info_requested"
    case answered
    /// Confirmed by the requester or automatically after the confirmation period; the ticket is closed.
    case confirmed
    /// Merged into another ticket that carries the same question.
    case merged

    /// Owes an answer.
    public var isOpen: Bool { self == .submitted || self == .accepted || self == .infoRequested }
    /// Its clock runs.
    public var isRunning: Bool { self == .submitted || self == .accepted }
    public var isClosed: Bool { self == .confirmed || self == .merged }
}

/// How far an unanswered ticket has been escalated (限时办结): it only ever rises until the ticket is answered.
public enum Escalation: Int, Codable, CaseIterable, Comparable, Sendable {
    case none = 0
    /// One working day before the deadline: its responder is warned.
    case warned = 1
    /// Past the deadline: the department's leaders are told.
    case leader = 2
    /// Still unanswered a further limit later: the school-level supervisors are told.
    case supervisor = 3

    public static func < (a: Escalation, b: Escalation) -> Bool { a.rawValue < b.rawValue }
}
