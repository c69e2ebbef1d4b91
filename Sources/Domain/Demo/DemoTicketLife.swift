import Foundation

/// A ticket as raised, before anything happens to it.
struct DemoTicketSeed: Sendable {
    var submittedAt: Date
    /// Index in the demo's people.
    var requester: Int
    /// The category it ends up in; `raisedUnder` is the wrong one it was raised under, when it is transferred.
    var category: TicketCategory
    var raisedUnder: TicketCategory?
    /// What the first department writes when it transfers the ticket.
    var transferNote = ""
    var channel: TicketChannel = .web
    var visitPlace: VisitPlace?
    var briefingID: Briefing.ID?
    var isAnonymous = false
    var isPublishable = true
    var title: String
    var body: String
    var answer: String
    /// For a question answered during a briefing: who answered it there.
    var answeredOnSpotBy: DemoTicketPeople.Member?
    var plan: DemoTicketPlan
}

/// One ticket's life, step by step through `TicketTransition`, so that the demo obeys the rules the stores apply:
/// every action is one event, the clock is the school's, and the escalation job's events appear when a running
/// ticket's clock passes its warning, due and supervision instants. Nothing happens at or after `time.now`.
struct DemoTicketLife {
    let time: DemoTicketTime
    let seed: DemoTicketSeed
    let requester: DemoTicketPeople.Member
    var ticket: Ticket
    var events: [DemoTicketEvent] = []
    /// The instant of the latest event.
    private var last: Date
    private var stopped = false
    /// The rules refused a step of the plan: a bug of the generator, which the tests look for.
    private(set) var refused = false

    init(_ seed: DemoTicketSeed, id: Ticket.ID, number: Int, schoolID: School.ID, requester: DemoTicketPeople.Member,
         time: DemoTicketTime) {
        self.time = time; self.seed = seed; self.requester = requester
        let raised = seed.raisedUnder ?? seed.category
        ticket = Ticket(id: id, schoolID: schoolID, number: number, categoryID: raised.id, departmentID: raised.departmentID,
                        requesterID: requester.id, isAnonymous: seed.isAnonymous, isPublishable: seed.isPublishable,
                        channel: seed.channel, visitPlace: seed.visitPlace, briefingID: seed.briefingID, title: seed.title,
                        body: seed.body, submittedAt: seed.submittedAt, timeLimitDays: raised.timeLimitDays,
                        clock: time.deadlines(at: seed.submittedAt).clock(submittedAt: seed.submittedAt, limit: raised.timeLimitDays))
        last = seed.submittedAt
        events.append(DemoTicketEvent(kind: .submitted, at: seed.submittedAt, actorPersonID: requester.id,
                                      departmentID: raised.departmentID))
    }

    /// Applies an action at `at` unless the life has reached today; false once it has.
    @discardableResult
    mutating func act(_ action: TicketAction, by member: DemoTicketPeople.Member?, at: Date, leader: Bool = false) -> Bool {
        guard !stopped else { return false }
        advance(to: at)
        guard at < time.now else { stopped = true; return false }
        let party = member == nil ? TicketParty(isRequester: true, isHandler: false)
            : TicketParty(isRequester: false, isHandler: true, mayAssignOthers: leader)
        let actor = member?.id ?? requester.id
        do {
            ticket = try TicketTransition(deadlines: time.deadlines(at: at)).apply(action, to: ticket, by: party, actor: actor, at: at)
        } catch {
            // A plan the rules refuse is a bug of the generator; the demo keeps the state it had.
            refused = true; stopped = true
            return false
        }
        events.append(DemoTicketEvent(kind: action.kind, at: at, actorPersonID: actor, actorName: member?.name ?? "",
                                      note: action.note, departmentID: ticket.departmentID))
        last = at
        return true
    }

    /// 现场答复: answered and closed during the briefing, as `TicketStore.submit` records it.
    mutating func answerOnSpot(by member: DemoTicketPeople.Member) {
        let at = seed.submittedAt
        ticket.answer = seed.answer; ticket.answeredAt = at; ticket.answeredBy = member.id
        ticket.answeredOnSpot = true; ticket.status = .confirmed; ticket.confirmedAt = at
        events.append(DemoTicketEvent(kind: .answeredOnSpot, at: at, actorPersonID: member.id, actorName: member.name,
                                      note: seed.answer, departmentID: ticket.departmentID))
    }

    /// The escalation job, run often enough that each level it reaches gets its own event at the instant the clock
    /// passed it (or, after a pause, at once); by today only what the clock passed before the start of today.
    mutating func advance(to instant: Date) {
        let end = min(instant, time.now.addingTimeInterval(-1))
        while ticket.status.isRunning, ticket.clock.escalation(at: end) > ticket.escalation,
              let next = Escalation(rawValue: ticket.escalation.rawValue + 1) {
            let crossing: Date, kind: TicketEventKind
            switch next {
            case .none: return
            case .warned: (crossing, kind) = (ticket.clock.warnAt, .warned)
            case .leader: (crossing, kind) = (ticket.clock.dueAt, .escalatedToLeader)
            case .supervisor: (crossing, kind) = (ticket.clock.superviseAt, .escalatedToSupervisor)
            }
            let at = max(crossing, last)
            ticket.escalation = next
            events.append(DemoTicketEvent(kind: kind, at: at, departmentID: ticket.departmentID))
            last = at
        }
    }

    /// The confirmation job: an answer left alone for the confirmation period is confirmed.
    mutating func autoConfirm(rng: inout DemoRandom) {
        guard !stopped, let answeredAt = ticket.answeredAt else { return }
        let at = answeredAt.addingTimeInterval(TimeInterval(time.settings.autoConfirmDays * 86_400 + rng.int(in: 60...3_540)))
        guard at < time.now, let confirmed = TicketTransition(deadlines: time.deadlines(at: at)).autoConfirmed(ticket, at: at) else { return }
        ticket = confirmed
        events.append(DemoTicketEvent(kind: .autoConfirmed, at: at))
        last = at
    }

    var latest: Date { last }
    var hasStopped: Bool { stopped }
}

/// One line of a demo ticket's history, as the stores would have written it.
public struct DemoTicketEvent: Equatable, Sendable {
    public var kind: TicketEventKind
    public var at: Date
    public var actorPersonID: Person.ID?
    /// A responder's or leader's name; empty for the requester and the system.
    public var actorName: String
    public var note: String
    public var departmentID: Department.ID?

    public init(kind: TicketEventKind, at: Date, actorPersonID: Person.ID? = nil, actorName: String = "", note: String = "",
                departmentID: Department.ID? = nil) {
        self.kind = kind; self.at = at; self.actorPersonID = actorPersonID; self.actorName = actorName
        self.note = note; self.departmentID = departmentID
    }
}
