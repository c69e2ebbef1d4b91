import Foundation
import Tagged

/// The demo university's demand tracker: a year of tickets (诉求) up to its `today`, raised by students and teachers
/// through the web form, the suggestion box (学生意见箱), leaders' visits (七进) and twelve monthly 工作通报面对面
/// briefings, each lived through `TicketTransition` on the school's working calendar: most answered in time and rated
/// well, about 8% late, some transferred, waiting for information, reopened or merged, recent ones still open and a
/// few overdue and escalated at today. Nothing happens at or after the start of `today`.
///
/// Generation is pure and deterministic: the same demo and options give identical output.
public struct DemoTickets: Equatable, Sendable {
    public struct Options: Equatable, Sendable {
        /// Tickets in the year, briefing questions included; nil for 3 per 10 students.
        public var perYear: Int?
        /// Nothing raised in the last `backlogDays` days has been answered yet: a backlog for the escalation benchmark.
        public var backlogDays: Int

        public init(perYear: Int? = nil, backlogDays: Int = 0) { self.perYear = perYear; self.backlogDays = backlogDays }

        public static let standard = Options()
        public static let none = Options(perYear: 0)
    }

    /// In the order raised; `number` runs from 1.
    public var tickets: [Ticket] = []
    /// The history of each ticket, index for index with `tickets`, oldest first.
    public var events: [[DemoTicketEvent]] = []
    /// Oldest first.
    public var briefings: [Briefing] = []
    /// Steps of a plan the rules refused: a generator bug, so always 0.
    var refusals = 0

    public init() {}

    public var eventCount: Int { events.reduce(0) { $0 + $1.count } }
    /// The school's ticket counter after the demo (`counters`, name "ticket").
    public var lastNumber: Int { tickets.last?.number ?? 0 }

    /// Three tickets a year for every ten students.
    public static func perYear(students: Int) -> Int { students * 3 / 10 }

    /// At least the briefings' questions and `student1`'s five tickets, when any tickets are asked for.
    public static func generate(for demo: DemoUniversity, options: Options = .standard) -> DemoTickets {
        let count = options.perYear ?? perYear(students: demo.people.count { $0.person.kind == .student })
        guard count > 0, !demo.ticketCategories.isEmpty else { return DemoTickets() }
        let time = DemoTicketTime(timeZone: demo.school.timeZone, today: demo.today)
        var staffRandom = DemoRandom(seed: demo.seed, stream: "ticket-staff")
        let people = DemoTicketPeople(demo: demo, rng: &staffRandom)
        func draw(_ stream: String) -> DemoTicketDraw {
            DemoTicketDraw(people: people, departments: demo.departments, categories: demo.ticketCategories, time: time,
                           today: demo.today, rng: DemoRandom(seed: demo.seed, stream: stream))
        }
        var briefings = DemoBriefings(draw: draw("briefings"), departments: demo.departments, teams: people.teams)
        briefings.plan(schoolID: demo.school.id, today: demo.today)
        var raise = draw("tickets")
        let own = raise.student1()
        let regular = raise.regular(max(0, count - briefings.questions.count - own.count), backlogDays: options.backlogDays)
        briefings.summarise(from: regular + own)
        let seeds = (regular + own + briefings.questions).enumerated()
            .sorted { ($0.element.submittedAt, $0.offset) < ($1.element.submittedAt, $1.offset) }.map(\.element)
        var result = live(seeds, schoolID: demo.school.id, people: people, time: time,
                          rng: DemoRandom(seed: demo.seed, stream: "ticket-lives"))
        result.briefings = briefings.briefings
        return result
    }

    /// Numbers the tickets in the order raised and lives each one's plan; a duplicate raised within a month of
    /// an earlier ticket of its category may be merged into it.
    private static func live(_ seeds: [DemoTicketSeed], schoolID: School.ID, people: DemoTicketPeople,
                             time: DemoTicketTime, rng: DemoRandom) -> DemoTickets {
        var rng = rng, result = DemoTickets()
        result.tickets.reserveCapacity(seeds.count); result.events.reserveCapacity(seeds.count)
        var latest: [TicketCategory.ID: Ticket] = [:]
        for (index, seed) in seeds.enumerated() {
            var life = DemoTicketLife(seed, id: Ticket.ID(rng.uuid()), number: index + 1, schoolID: schoolID,
                                      requester: people.member(seed.requester), time: time)
            let target = latest[seed.category.id].flatMap { seed.submittedAt.timeIntervalSince($0.submittedAt) < 30 * 86_400 ? $0.id : nil }
            life.live(teams: people.teams, mergeInto: target, rng: &rng)
            if life.ticket.status != .merged && seed.channel != .briefing { latest[seed.category.id] = life.ticket }
            if life.refused { result.refusals += 1 }
            result.tickets.append(life.ticket)
            result.events.append(life.events)
        }
        return result
    }
}
