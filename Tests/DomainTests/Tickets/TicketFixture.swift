@testable import Domain
import Foundation
import Testing

/// Worked-example calendars, clocks and tickets for the ticket suites. Every school here keeps Shanghai time
/// and the official 2026 calendar of RULES.md §4.
enum TicketFixture {
    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!
    static let utc = TimeZone(identifier: "UTC")!

    /// The official arrangements of 2025–2027 (only 2026 is published), nothing of the school's own.
    static let calendar = WorkCalendar.standard(around: 2026)

    static func deadlines(_ settings: TicketSettings = .standard, school: [CalendarDay] = [],
                          timeZone: TimeZone = shanghai) -> TicketDeadlines {
        TicketDeadlines(calendar: .standard(around: 2026, school: school), timeZone: timeZone, settings: settings)
    }

    static func transition(_ settings: TicketSettings = .standard) -> TicketTransition {
        TicketTransition(deadlines: deadlines(settings))
    }

    static let department1 = Department.ID(RuleFixture.uuid(400))
    static let department2 = Department.ID(RuleFixture.uuid(401))
    static let category1 = TicketCategory.ID(RuleFixture.uuid(410))
    static let category2 = TicketCategory.ID(RuleFixture.uuid(411))
    static let requester = Person.ID(RuleFixture.uuid(420))
    static let responder = Person.ID(RuleFixture.uuid(421))
    static let colleague = Person.ID(RuleFixture.uuid(422))
    static let leader = Person.ID(RuleFixture.uuid(423))
    static let ticketID = Ticket.ID(RuleFixture.uuid(430))
    static let otherTicketID = Ticket.ID(RuleFixture.uuid(431))

    /// How the requester, a responder of the department and its leader stand to the ticket.
    static let asRequester = TicketParty(isRequester: true, isHandler: false)
    static let asResponder = TicketParty(isRequester: false, isHandler: true)
    static let asLeader = TicketParty(isRequester: false, isHandler: true, mayAssignOthers: true)
    static let asStranger = TicketParty(isRequester: false, isHandler: false)

    /// An instant written in ISO 8601 with its offset, e.g. `2026-03-13T23:30:00+08:00`.
    static func instant(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: text), "not an instant: \(text)", sourceLocation: sourceLocation)
    }

    /// Submitted on Mon 2026-03-09 at 09:00 in Shanghai with a limit of 5 working days: due on Mon 2026-03-16.
    static let submittedAt = "2026-03-09T09:00:00+08:00"
    /// When the requester's or handler's action happens in the state tables: Wed 2026-03-11, 10:00 in Shanghai.
    static let now = "2026-03-11T10:00:00+08:00"
    /// When the answered tickets below were answered: Tue 2026-03-10, 10:00 in Shanghai.
    static let answeredAt = "2026-03-10T10:00:00+08:00"

    /// A new web ticket of department 1, its clock computed by `deadlines`.
    static func ticket(submittedAt iso: String = submittedAt, limit: Int = 5, deadlines: TicketDeadlines = deadlines(),
                       sourceLocation: SourceLocation = #_sourceLocation) throws -> Ticket {
        let at = try instant(iso, sourceLocation: sourceLocation)
        return Ticket(id: ticketID, schoolID: RuleFixture.school1, number: 1, categoryID: category1, departmentID: department1,
                      requesterID: requester, isAnonymous: false, isPublishable: true, channel: .web,
                      title: "宿舍热水供应不稳定", body: "7号楼晚上十点后没有热水。", submittedAt: at, timeLimitDays: limit,
                      clock: deadlines.clock(submittedAt: at, limit: limit))
    }

    /// The base ticket brought into `status` the way the flow would have brought it there.
    static func ticket(in status: TicketStatus, sourceLocation: SourceLocation = #_sourceLocation) throws -> Ticket {
        var t = try ticket(sourceLocation: sourceLocation)
        if status == .submitted { return t }
        if status == .merged { t.status = .merged; t.mergedInto = otherTicketID; return t }
        t.status = .accepted; t.assigneeID = responder
        switch status {
        case .infoRequested:
            t.status = .infoRequested; t.pausedAt = try instant(answeredAt, sourceLocation: sourceLocation)
        case .answered, .confirmed:
            t.status = .answered; t.answer = "已联系后勤处理"; t.answeredBy = responder
            t.answeredAt = try instant(answeredAt, sourceLocation: sourceLocation)
            if status == .confirmed {
                t.status = .confirmed; t.confirmedAt = try instant("2026-03-10T12:00:00+08:00", sourceLocation: sourceLocation)
            }
        default: break
        }
        return t
    }

    /// One example of each action, as its rightful party would take it.
    static func action(_ kind: TicketEventKind) -> TicketAction {
        switch kind {
        case .accepted: .accept(assignee: responder)
        case .answered: .answer("已联系后勤，今晚起恢复供应")
        case .transferred: .transfer(department: department2, category: category2, note: "属财务处职责")
        case .infoRequested: .requestInfo("请补充宿舍房间号")
        case .infoProvided: .provideInfo("7号楼312")
        case .confirmed: .confirm
        case .reopened: .reopen("问题仍未解决")
        case .rated: .rate(score: 5, comment: "满意")
        case .merged: .merge(into: otherTicketID)
        default: fatalError("no action writes \(kind)")
        }
    }

    /// The kinds of event an action (not the system) writes.
    static let actionKinds: [TicketEventKind] = [.accepted, .answered, .transferred, .infoRequested, .infoProvided,
                                                 .confirmed, .reopened, .rated, .merged]
    static let requesterKinds: [TicketEventKind] = [.infoProvided, .confirmed, .reopened, .rated]
    static let handlerKinds: [TicketEventKind] = [.accepted, .answered, .transferred, .infoRequested, .merged]

    /// The party and actor that rightly take an action of this kind.
    static func party(for kind: TicketEventKind) -> (party: TicketParty, actor: Person.ID) {
        requesterKinds.contains(kind) ? (asRequester, requester) : (asResponder, responder)
    }
}

extension DomainError {
    /// A refusal because of the record's state (`.conflict`).
    var isConflict: Bool {
        if case .conflict = self { true } else { false }
    }
}
