import Foundation
import Tagged

/// 诉求: a question or demand raised by a student or teacher, and everything that has happened to it.
public struct Ticket: Identifiable, Equatable, Sendable {
    public typealias ID = Tagged<Ticket, UUID>
    public var id: ID
    public var schoolID: School.ID
    /// Per school, from 1: what people quote on the phone.
    public var number: Int
    public var categoryID: TicketCategory.ID
    public var departmentID: Department.ID
    public var assigneeID: Person.ID?
    /// Always known to the system; shown to no one but the requester when `isAnonymous`.
    public var requesterID: Person.ID
    public var isAnonymous: Bool
    /// The requester agrees that the resolved ticket, anonymised, appears on the public board.
    public var isPublishable: Bool
    public var channel: TicketChannel
    public var visitPlace: VisitPlace?
    public var briefingID: Briefing.ID?
    public var title: String
    public var body: String
    public var status: TicketStatus
    public var submittedAt: Date
    public var timeLimitDays: Int
    public var clock: TicketClock
    public var pausedAt: Date?
    public var pausedDays: Int
    public var escalation: Escalation
    public var answer: String?
    public var answeredAt: Date?
    public var answeredBy: Person.ID?
    public var answeredOnSpot: Bool
    public var confirmedAt: Date?
    public var autoConfirmed: Bool
    public var rating: Int?
    public var ratingComment: String?
    public var reopenCount: Int
    public var mergedInto: ID?

    public init(id: ID, schoolID: School.ID, number: Int, categoryID: TicketCategory.ID, departmentID: Department.ID,
                requesterID: Person.ID, isAnonymous: Bool, isPublishable: Bool, channel: TicketChannel,
                visitPlace: VisitPlace? = nil, briefingID: Briefing.ID? = nil, title: String, body: String,
                submittedAt: Date, timeLimitDays: Int, clock: TicketClock) {
        self.id = id; self.schoolID = schoolID; self.number = number; self.categoryID = categoryID
        self.departmentID = departmentID; self.assigneeID = nil; self.requesterID = requesterID
        self.isAnonymous = isAnonymous; self.isPublishable = isPublishable; self.channel = channel
        self.visitPlace = visitPlace; self.briefingID = briefingID; self.title = title; self.body = body
        self.status = .submitted; self.submittedAt = submittedAt; self.timeLimitDays = timeLimitDays; self.clock = clock
        self.pausedAt = nil; self.pausedDays = 0; self.escalation = .none; self.answer = nil; self.answeredAt = nil
        self.answeredBy = nil; self.answeredOnSpot = false; self.confirmedAt = nil; self.autoConfirmed = false
        self.rating = nil; self.ratingComment = nil; self.reopenCount = 0; self.mergedInto = nil
    }

    /// Unanswered past its deadline (a ticket waiting for information is not: its clock stands still).
    public func isOverdue(at now: Date) -> Bool { status.isRunning && now >= clock.dueAt }

    /// Answered after its deadline.
    public var wasAnsweredLate: Bool { answeredAt.map { $0 >= clock.dueAt } ?? false }

    /// Answered in time: on the spot or before the end of the due day.
    public var wasAnsweredOnTime: Bool { answeredAt.map { $0 < clock.dueAt } ?? false }

    /// The number as people say it: 2026-000123 style is overkill for a school; #123 will do.
    public var reference: String { "#\(number)" }
}
