/// What one ticket adds to its department's figures for the day it was submitted: the statistics read these sums
/// (kept per department and day as tickets change) instead of every ticket of the period.
public struct TicketTally: Equatable, Sendable {
    public var received = 0
    public var answered = 0
    public var answeredOnSpot = 0
    public var answeredOnTime = 0
    public var answeredLate = 0
    public var rated = 0
    public var ratingSum = 0
    public var answerSeconds = 0

    public init() {}

    /// A merged ticket counts for nothing: its question is counted once, on the ticket it joined.
    public init(_ t: Ticket) {
        guard t.status != .merged else { return }
        received = 1
        if let answeredAt = t.answeredAt {
            answered = 1
            answeredOnSpot = t.answeredOnSpot ? 1 : 0
            answeredOnTime = t.wasAnsweredOnTime ? 1 : 0
            answeredLate = t.wasAnsweredLate ? 1 : 0
            answerSeconds = Int(answeredAt.timeIntervalSince(t.submittedAt).rounded())
        }
        if let rating = t.rating { rated = 1; ratingSum = rating }
    }

    public var isZero: Bool { self == TicketTally() }

    public static func - (a: TicketTally, b: TicketTally) -> TicketTally {
        var d = TicketTally()
        d.received = a.received - b.received; d.answered = a.answered - b.answered
        d.answeredOnSpot = a.answeredOnSpot - b.answeredOnSpot; d.answeredOnTime = a.answeredOnTime - b.answeredOnTime
        d.answeredLate = a.answeredLate - b.answeredLate; d.rated = a.rated - b.rated
        d.ratingSum = a.ratingSum - b.ratingSum; d.answerSeconds = a.answerSeconds - b.answerSeconds
        return d
    }

    public static prefix func - (a: TicketTally) -> TicketTally { TicketTally() - a }
}
