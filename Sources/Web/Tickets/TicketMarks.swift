import Domain
import Foundation

/// The marks every list shows on a ticket: overdue, escalated, waiting, on the spot, late.
enum TicketMarks {
    static func badges(_ t: Ticket, now: Date, _ s: Strings) -> [String] {
        var marks: [String] = []
        if t.isOverdue(at: now) { marks.append(s.overdue) }
        if t.status.isOpen, t.escalation > .none { marks.append(s.label(t.escalation)) }
        if t.answeredOnSpot { marks.append(s.answeredOnSpot) } else if t.wasAnsweredLate { marks.append(s.answeredLate) }
        if t.autoConfirmed { marks.append(s.autoConfirmed) }
        if let rating = t.rating { marks.append(s.stars(rating)) }
        return marks
    }

    static func cssClass(_ t: Ticket, now: Date) -> String {
        t.isOverdue(at: now) ? "card overdue" : t.status.isOpen && t.escalation == .warned ? "card warned" : "card"
    }
}
