@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// The demo's demand tracker: deterministic for a demo, lived through the rules of RULES.md §4 (every clock is
    /// the school's computation), realistic in its mix, and with twelve monthly 工作通报面对面.
    @Suite struct DemoTicketsTests {
        static let today = LocalDate(year: 2026, month: 11, day: 18)!
        static let demo = DemoUniversity.generate(seed: 7, students: 3_000, today: today)
        /// More than the default 900 a year, so that the rarer turns (merges, questions still unanswered) occur.
        static let generated = DemoTickets.generate(for: demo, options: .init(perYear: 4_000))
        static let shanghai = TimeZone(identifier: "Asia/Shanghai")!
        static let now = today.start(in: shanghai)

        var tickets: [Ticket] { Self.generated.tickets }
        var events: [[DemoTicketEvent]] { Self.generated.events }
        var raised: [Ticket] { tickets.filter { $0.channel != .briefing } }

        func deadlines(at date: Date) -> TicketDeadlines {
            TicketDeadlines(calendar: .standard(around: LocalDate(date, in: Self.shanghai).year), timeZone: Self.shanghai)
        }

        @Test func generate_sameDemo_identical_countsAsAskedFor() {
            // MUT
            let standard = DemoTickets.generate(for: Self.demo)
            let again = DemoTickets.generate(for: Self.demo, options: .init(perYear: 4_000))
            // validate
            #expect(again == Self.generated)
            #expect(standard.tickets.count == DemoTickets.perYear(students: 3_000) && standard.tickets.count == 900)
            #expect(tickets.count == 4_000 && standard.briefings.map(\.id) == Self.generated.briefings.map(\.id))
            #expect(Self.generated.refusals == 0 && standard.refusals == 0)
            #expect(DemoTickets.generate(for: Self.demo, options: .none) == DemoTickets())
            #expect(tickets.map(\.number) == Array(1...tickets.count) && Self.generated.lastNumber == tickets.count)
            #expect(zip(tickets, tickets.dropFirst()).allSatisfy { $0.submittedAt <= $1.submittedAt })
            #expect(Set(tickets.map(\.id)).count == tickets.count && events.count == tickets.count)
        }

        /// A year up to the start of today; nothing happens at or after it.
        @Test func tickets_theYearBeforeToday_historiesInOrder() throws {
            let first = Self.today.adding(days: -365).start(in: Self.shanghai)
            for (ticket, history) in zip(tickets, events) {
                #expect(ticket.submittedAt >= first && ticket.submittedAt < Self.now)
                let head = try #require(history.first)
                #expect(head.kind == .submitted && head.at == ticket.submittedAt && head.actorPersonID == ticket.requesterID)
                #expect(zip(history, history.dropFirst()).allSatisfy { $0.at <= $1.at }, "#\(ticket.number)")
                #expect(history.allSatisfy { $0.at < Self.now }, "#\(ticket.number)")
                #expect(ticket.schoolID == Self.demo.school.id)
            }
        }

        /// Each clock is `TicketDeadlines`' from the latest start (submission or reopening) and limit, moved on by
        /// each pause for information, on the official calendar around the year of each step.
        @Test func clocks_equalTheDeadlinesComputation() throws {
            for (ticket, history) in zip(tickets, events) {
                let start = try #require(history.last { $0.kind == .submitted || $0.kind == .reopened })
                var clock = deadlines(at: start.at).clock(submittedAt: start.at, limit: ticket.timeLimitDays)
                var pausedAt: Date?, paused = 0
                for event in history where event.at >= start.at {
                    if event.kind == .infoRequested { pausedAt = event.at }
                    if event.kind == .infoProvided, let from = pausedAt {
                        let resumed = deadlines(at: event.at).resumed(clock, pausedAt: from, resumedAt: event.at)
                        clock = resumed.clock; paused += resumed.pausedDays; pausedAt = nil
                    }
                }
                #expect(ticket.clock == clock, "#\(ticket.number)")
                #expect(ticket.pausedAt == (ticket.status == .infoRequested ? pausedAt : nil), "#\(ticket.number)")
                #expect(history.contains { $0.kind == .reopened } || ticket.pausedDays == paused, "#\(ticket.number)")
            }
        }

        /// Every status carries what it implies, and the history says how it got there.
        @Test func statuses_consistentWithFieldsAndHistory() throws {
            let numbers = Dictionary(uniqueKeysWithValues: tickets.map { ($0.id, $0.number) })
            for (t, history) in zip(tickets, events) {
                let kinds = Set(history.map(\.kind))
                let label = "#\(t.number) \(t.status)"
                #expect((t.answeredAt != nil) == (t.answer != nil) && (t.answeredAt != nil) == (t.answeredBy != nil), "\(label)")
                switch t.status {
                case .submitted:
                    #expect(t.assigneeID == nil && t.answeredAt == nil && t.confirmedAt == nil, "\(label)")
                case .accepted, .infoRequested:
                    #expect(t.assigneeID != nil && t.answeredAt == nil && t.confirmedAt == nil && kinds.contains(.accepted), "\(label)")
                case .answered:
                    let answeredAt = try #require(t.answeredAt)
                    #expect(t.confirmedAt == nil && t.rating == nil && kinds.contains(.answered), "\(label)")
                    #expect(answeredAt.addingTimeInterval(7 * 86_400) > Self.now, "past the confirmation period: \(label)")
                case .confirmed:
                    let (answeredAt, confirmedAt) = (try #require(t.answeredAt), try #require(t.confirmedAt))
                    #expect(confirmedAt >= answeredAt, "\(label)")
                    #expect(!kinds.isDisjoint(with: [.confirmed, .rated, .autoConfirmed, .answeredOnSpot]), "\(label)")
                    #expect(t.autoConfirmed == kinds.contains(.autoConfirmed), "\(label)")
                    if t.autoConfirmed { #expect(confirmedAt >= answeredAt.addingTimeInterval(7 * 86_400), "\(label)") }
                case .merged:
                    let target = try #require(t.mergedInto.flatMap { numbers[$0] })
                    #expect(target < t.number && t.answeredAt == nil && kinds.contains(.merged), "\(label)")
                }
                if let rating = t.rating { #expect((1...5).contains(rating) && kinds.contains(.rated), "\(label)") }
                #expect(t.answeredOnSpot == kinds.contains(.answeredOnSpot), "\(label)")
                #expect((t.reopenCount == 1) == kinds.contains(.reopened) && t.reopenCount <= 1, "\(label)")
                #expect(t.departmentID == Self.demo.ticketCategories.first { $0.id == t.categoryID }?.departmentID, "\(label)")
            }
        }

        /// The escalation job has run up to today: an open running ticket stands at its clock's level, with an event
        /// for every level it reached.
        @Test func escalation_openTicketsAtTheirClocksLevel_eachLevelAnEvent() {
            for (t, history) in zip(tickets, events) {
                if t.status.isRunning { #expect(t.escalation == t.clock.escalation(at: Self.now - 1), "#\(t.number)") }
                let levels: [(Escalation, TicketEventKind)] = [(.warned, .warned), (.leader, .escalatedToLeader),
                                                                (.supervisor, .escalatedToSupervisor)]
                for (level, kind) in levels where t.escalation >= level {
                    #expect(history.contains { $0.kind == kind }, "#\(t.number) \(level)")
                }
            }
            #expect(tickets.contains { $0.isOverdue(at: Self.now) && $0.escalation == .supervisor })
        }

        /// Most answered in time, about 8% late; some transferred, paused, reopened, merged, confirmed automatically;
        /// recent ones open at today; ratings mostly four and five stars.
        @Test func lifecycle_realisticMix() {
            let answered = tickets.filter { $0.answeredAt != nil && !$0.answeredOnSpot }
            let late = Double(answered.filter(\.wasAnsweredLate).count) / Double(answered.count)
            #expect((0.04...0.13).contains(late), "\(late)")
            let kinds = events.joined().map(\.kind)
            for kind in [TicketEventKind.transferred, .infoRequested, .infoProvided, .reopened, .merged, .autoConfirmed, .rated, .confirmed] {
                #expect(kinds.contains(kind), "\(kind)")
            }
            #expect(tickets.filter(\.status.isOpen).count >= 5 && tickets.contains { $0.status == .infoRequested })
            #expect(tickets.contains { $0.isOverdue(at: Self.now) })
            let ratings = tickets.compactMap(\.rating)
            #expect(Double(ratings.filter { $0 >= 4 }.count) / Double(ratings.count) > 0.7 && ratings.contains(1))
            // Transfer keeps the clock: a transferred ticket's limit is the first category's.
            #expect(zip(tickets, events).contains { t, h in h.contains { $0.kind == .transferred } && t.status == .confirmed })
        }

        @Test func channels_anonymityShare_visitsHaveAPlace() {
            let anonymous = Double(raised.filter(\.isAnonymous).count) / Double(raised.count)
            #expect((0.06...0.14).contains(anonymous), "\(anonymous)")
            let people = Dictionary(uniqueKeysWithValues: Self.demo.people.map { ($0.person.id, $0.person) })
            for t in tickets {
                #expect((t.channel == .visit) == (t.visitPlace != nil))
                #expect((t.channel == .briefing) == (t.briefingID != nil))
                if t.channel == .suggestionBox { #expect(people[t.requesterID]?.kind == .student) }
                if t.channel == .briefing { #expect(!t.isAnonymous) }
                #expect(!t.title.isEmpty && t.title.count <= TicketDraft.titleLimit && !t.title.contains("{"))
                #expect(!t.body.isEmpty && !(t.answer ?? "").contains("{"))
            }
            for channel in TicketChannel.allCases { #expect(tickets.contains { $0.channel == channel }, "\(channel)") }
            #expect(people.values.filter { p in tickets.contains { $0.requesterID == p.id } }.contains { $0.kind == .staff })
        }

        /// One briefing a month on a working day before today; three or four departments report, six to ten
        /// representatives of the colleges come, three to eight questions each, about half answered on the spot.
        @Test func briefings_monthly_reportsRepresentativesQuestions() throws {
            let briefings = Self.generated.briefings
            #expect(briefings.count == 12)
            let calendar = WorkCalendar.standard(around: Self.today.year)
            let months = briefings.map { $0.heldOn.year * 12 + $0.heldOn.month }
            #expect(zip(months, months.dropFirst()).allSatisfy { $1 == $0 + 1 } && briefings.last!.heldOn < Self.today)
            let colleges = Set(Self.demo.gridUnits.filter { $0.kind == .college }.map(\.id))
            var onSpot = 0, questions = 0
            for b in briefings {
                #expect(calendar.isWorkingDay(b.heldOn) && b.schoolID == Self.demo.school.id)
                #expect((3...4).contains(b.reports.count) && Set(b.reports.map(\.departmentID)).count == b.reports.count)
                #expect(b.reports.allSatisfy { !$0.summary.isEmpty })
                #expect((6...10).contains(b.representatives.count), "\(b.representatives.count)")
                #expect(b.representatives.allSatisfy { $0.collegeID.map(colleges.contains) == true })
                _ = try BriefingDraft(heldOn: b.heldOn, title: b.title, place: b.place, reports: b.reports,
                                      representatives: b.representatives).validated(today: Self.today)
                let asked = tickets.filter { $0.briefingID == b.id }
                #expect((3...8).contains(asked.count))
                for t in asked {
                    #expect(t.channel == .briefing && LocalDate(t.submittedAt, in: Self.shanghai) == b.heldOn)
                    #expect(b.representatives.contains { $0.name == Self.demo.people.first { $0.person.id == t.requesterID }?.person.name })
                    if t.answeredOnSpot { #expect(t.status == .confirmed && t.answeredAt == t.submittedAt && t.confirmedAt == t.submittedAt) }
                }
                onSpot += asked.filter(\.answeredOnSpot).count; questions += asked.count
            }
            #expect((0.3...0.7).contains(Double(onSpot) / Double(questions)), "\(onSpot)/\(questions)")
        }

        /// `student1` has a list to show: rated answers, one waiting for a rating, one still open.
        @Test func student1_raisesTicketsToShowAndRate() throws {
            let person = try #require(Self.demo.account("student1")?.personID)
            let own = tickets.filter { $0.requesterID == person }
            #expect(own.count >= 5)
            #expect(own.contains { $0.status == .answered && $0.rating == nil })
            #expect(own.filter { $0.rating != nil }.count >= 2 && own.contains { $0.status.isOpen })
        }

        /// Each department's tickets are handled by its team; 学生工作处's by the demo's responder1 and leader1.
        @Test func handlers_departmentTeams_responder1AnswersSome() throws {
            let responder = try #require(Self.demo.account("responder1")?.personID)
            let leader = try #require(Self.demo.account("leader1")?.personID)
            let affairs = try #require(Self.demo.departments.first { $0.name == "学生工作处" }).id
            let theirs = tickets.filter { $0.departmentID == affairs && !$0.answeredOnSpot }
            #expect(theirs.contains { $0.answeredBy == responder })
            #expect(tickets.filter { $0.departmentID != affairs }.allSatisfy { $0.assigneeID != responder && $0.answeredBy != responder })
            #expect(tickets.contains { $0.departmentID == affairs && $0.answeredOnSpot && $0.answeredBy == leader })
        }

        /// `backlogDays`: nothing raised in the last days has been answered, so the escalation job has work.
        @Test func backlog_recentTicketsStayOpen() {
            let backlog = DemoTickets.generate(for: Self.demo, options: .init(perYear: 3_000, backlogDays: 14))
            let since = Self.now.addingTimeInterval(-14 * 86_400)
            let student1 = Self.demo.account("student1")?.personID
            let recent = backlog.tickets.filter {
                $0.submittedAt >= since && $0.channel != .briefing && $0.status != .merged && $0.requesterID != student1
            }
            #expect(recent.count > 50 && recent.allSatisfy { $0.answeredAt == nil })
            #expect(backlog.refusals == 0)
        }
    }
}
