@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// The demand tracker's flow: submitted → accepted → answered → confirmed → rated, with transfer (the clock
    /// keeps running), request-info (it pauses), merge and one reopen. Who may act, and in which state.
    @Suite struct TicketTransitionTests {
        typealias F = TicketFixture

        /// The states each action is taken in, written out independently of `TicketTransition`.
        static let allowedIn: [TicketEventKind: Set<TicketStatus>] = [
            .accepted: [.submitted, .accepted],
            .answered: [.submitted, .accepted],
            .transferred: [.submitted, .accepted],
            .infoRequested: [.submitted, .accepted],
            .infoProvided: [.infoRequested],
            .confirmed: [.answered],
            .reopened: [.answered, .confirmed],
            .rated: [.answered, .confirmed],
            .merged: [.submitted, .accepted, .infoRequested],
        ]

        /// Where each action leaves a ticket of the fixture (assigned to the responder once accepted).
        static let leadsTo: [TicketEventKind: TicketStatus] = [
            .accepted: .accepted, .answered: .answered, .transferred: .submitted, .infoRequested: .infoRequested,
            .infoProvided: .accepted, .confirmed: .confirmed, .reopened: .accepted, .rated: .confirmed, .merged: .merged,
        ]

        static func firstAllowedStatus(_ kind: TicketEventKind) -> TicketStatus {
            TicketStatus.allCases.first { allowedIn[kind]!.contains($0) }!
        }

        @Test func allowedIn_coversEveryAction() {
            #expect(Set(Self.allowedIn.keys) == Set(F.actionKinds))
            #expect(Set(F.requesterKinds + F.handlerKinds) == Set(F.actionKinds))
        }

        // MARK: - states

        /// Every action in every state: allowed where the table says, refused as a conflict elsewhere.
        @Test(arguments: F.actionKinds, TicketStatus.allCases)
        func apply_eachActionInEachStatus(_ kind: TicketEventKind, _ status: TicketStatus) throws {
            // setup
            let ticket = try F.ticket(in: status)
            let (party, actor) = F.party(for: kind)
            let now = try F.instant(F.now)
            let allowed = Self.allowedIn[kind]!.contains(status)
            // MUT
            let result = Result { try F.transition().apply(F.action(kind), to: ticket, by: party, actor: actor, at: now) }
            // validate
            switch result {
            case .success(let t):
                #expect(allowed, "\(kind) should be refused in \(status)")
                #expect(t.status == Self.leadsTo[kind])
            case .failure(let error):
                #expect(!allowed, "\(kind) should be allowed in \(status): \(error)")
                #expect((error as? DomainError)?.isConflict == true, "\(error)")
            }
        }

        // MARK: - parties

        /// The requester's actions are the requester's: a responder, a leader or a stranger is refused.
        @Test(arguments: F.requesterKinds, [F.asResponder, F.asLeader, F.asStranger])
        func apply_requesterActionByOtherParty_forbidden(_ kind: TicketEventKind, _ party: TicketParty) throws {
            // setup
            let ticket = try F.ticket(in: Self.firstAllowedStatus(kind))
            let now = try F.instant(F.now)
            // MUT / validate
            #expect(throws: DomainError.forbidden) {
                try F.transition().apply(F.action(kind), to: ticket, by: party, actor: F.leader, at: now)
            }
        }

        /// The handlers' actions are refused to the requester and to a stranger.
        @Test(arguments: F.handlerKinds, [F.asRequester, F.asStranger])
        func apply_handlerActionByNonHandler_forbidden(_ kind: TicketEventKind, _ party: TicketParty) throws {
            // setup
            let ticket = try F.ticket(in: Self.firstAllowedStatus(kind))
            let now = try F.instant(F.now)
            // MUT / validate
            #expect(throws: DomainError.forbidden) {
                try F.transition().apply(F.action(kind), to: ticket, by: party, actor: F.requester, at: now)
            }
        }

        /// The party is checked before the state: a requester trying to answer a closed ticket is forbidden.
        @Test func apply_partyCheckedBeforeState() throws {
            // setup
            let ticket = try F.ticket(in: .merged)
            // MUT / validate
            #expect(throws: DomainError.forbidden) {
                try F.transition().apply(.answer("好"), to: ticket, by: F.asRequester, actor: F.requester, at: try F.instant(F.now))
            }
        }

        /// A responder who raised a ticket in their own department stands as both.
        @Test func apply_requesterWhoIsAlsoHandler_mayDoBoth() throws {
            // setup
            let both = TicketParty(isRequester: true, isHandler: true)
            let transition = F.transition(), now = try F.instant(F.now)
            // MUT
            let answered = try transition.apply(.answer("已处理"), to: try F.ticket(), by: both, actor: F.requester, at: now)
            let confirmed = try transition.apply(.confirm, to: answered, by: both, actor: F.requester, at: now)
            // validate
            #expect(confirmed.status == .confirmed)
        }

        // MARK: - accept

        @Test func accept_forSelf_assignsActor() throws {
            // MUT
            let t = try F.transition().apply(.accept(assignee: F.responder), to: try F.ticket(), by: F.asResponder,
                                             actor: F.responder, at: try F.instant(F.now))
            // validate
            #expect(t.status == .accepted)
            #expect(t.assigneeID == F.responder)
        }

        @Test func accept_forColleagueWithoutMayAssignOthers_forbidden() throws {
            // setup
            let ticket = try F.ticket(), now = try F.instant(F.now)
            // MUT / validate
            #expect(throws: DomainError.forbidden) {
                try F.transition().apply(.accept(assignee: F.colleague), to: ticket, by: F.asResponder, actor: F.responder, at: now)
            }
        }

        @Test func accept_forColleagueByLeader_assignsColleague() throws {
            // MUT
            let t = try F.transition().apply(.accept(assignee: F.colleague), to: try F.ticket(), by: F.asLeader,
                                             actor: F.leader, at: try F.instant(F.now))
            // validate
            #expect(t.status == .accepted)
            #expect(t.assigneeID == F.colleague)
        }

        /// An accepted ticket may be accepted again: a leader hands it to a colleague.
        @Test func accept_acceptedTicketReassignedByLeader() throws {
            // setup
            let ticket = try F.ticket(in: .accepted)
            // MUT
            let t = try F.transition().apply(.accept(assignee: F.colleague), to: ticket, by: F.asLeader, actor: F.leader,
                                             at: try F.instant(F.now))
            // validate
            #expect(t.assigneeID == F.colleague)
            #expect(t.clock == ticket.clock)
        }

        // MARK: - transfer

        /// Transfer hands the ticket to another department as new, but the clock keeps running from the first
        /// submission.
        @Test func transfer_keepsClock_resetsToSubmittedUnassigned() throws {
            // setup
            var ticket = try F.ticket(in: .accepted)
            ticket.escalation = .warned
            // MUT
            let t = try F.transition().apply(.transfer(department: F.department2, category: F.category2, note: " 属财务处职责 "),
                                             to: ticket, by: F.asResponder, actor: F.responder,
                                             at: try F.instant("2026-03-13T10:00:00+08:00"))
            // validate
            #expect(t.departmentID == F.department2)
            #expect(t.categoryID == F.category2)
            #expect(t.status == .submitted)
            #expect(t.assigneeID == nil)
            #expect(t.clock == ticket.clock)
            #expect(t.clock.dueOn == (try RuleFixture.date("2026-03-16")))
            #expect(t.timeLimitDays == 5)
            #expect(t.submittedAt == ticket.submittedAt)
            #expect(t.escalation == .warned)
        }

        @Test func transfer_withoutCategory_keepsCategory() throws {
            // MUT
            let t = try F.transition().apply(.transfer(department: F.department2, category: nil, note: "转办"),
                                             to: try F.ticket(), by: F.asResponder, actor: F.responder, at: try F.instant(F.now))
            // validate
            #expect(t.categoryID == F.category1)
            #expect(t.departmentID == F.department2)
        }

        @Test func transfer_toSameDepartment_refused() throws {
            // setup
            let ticket = try F.ticket(in: .accepted), now = try F.instant(F.now)
            // MUT
            let error = #expect(throws: DomainError.self) {
                try F.transition().apply(.transfer(department: F.department1, category: F.category2, note: "转办"),
                                         to: ticket, by: F.asResponder, actor: F.responder, at: now)
            }
            // validate
            #expect(error?.invalidField == "department")
        }

        @Test(arguments: ["", "  \n", String(repeating: "转", count: TicketAction.noteLimit + 1)])
        func transfer_blankOrLongNote_refused(_ note: String) throws {
            // setup
            let ticket = try F.ticket(), now = try F.instant(F.now)
            // MUT
            let error = #expect(throws: DomainError.self) {
                try F.transition().apply(.transfer(department: F.department2, category: nil, note: note),
                                         to: ticket, by: F.asResponder, actor: F.responder, at: now)
            }
            // validate
            #expect(error?.invalidField == "note")
        }

        // MARK: - request and provide information

        /// Asked Mon 9 March, answered Wed 11 March: two working days (Tue, Wed) are added to the due day.
        @Test func requestThenProvideInfo_movesDueOnByPausedWorkingDays() throws {
            // setup
            let transition = F.transition()
            let ticket = try F.ticket(in: .accepted)
            // MUT
            let paused = try transition.apply(.requestInfo("请补充宿舍房间号"), to: ticket, by: F.asResponder, actor: F.responder,
                                              at: try F.instant("2026-03-09T10:00:00+08:00"))
            let resumed = try transition.apply(.provideInfo("7号楼312"), to: paused, by: F.asRequester, actor: F.requester,
                                               at: try F.instant("2026-03-11T15:00:00+08:00"))
            // validate
            #expect(paused.status == .infoRequested)
            #expect(paused.pausedAt == (try F.instant("2026-03-09T10:00:00+08:00")))
            #expect(paused.clock == ticket.clock)
            #expect(resumed.status == .accepted)
            #expect(resumed.pausedAt == nil)
            #expect(resumed.pausedDays == 2)
            #expect(resumed.clock.dueOn == (try RuleFixture.date("2026-03-18")))
            #expect(resumed.clock == F.deadlines().clock(dueOn: try RuleFixture.date("2026-03-18")))
        }

        /// A ticket nobody had accepted goes back to the department's queue.
        @Test func provideInfo_unassignedTicket_backToSubmitted() throws {
            // setup
            let transition = F.transition()
            let paused = try transition.apply(.requestInfo("请补充"), to: try F.ticket(), by: F.asResponder, actor: F.responder,
                                              at: try F.instant("2026-03-09T10:00:00+08:00"))
            // MUT
            let resumed = try transition.apply(.provideInfo("补充"), to: paused, by: F.asRequester, actor: F.requester,
                                               at: try F.instant("2026-03-10T10:00:00+08:00"))
            // validate
            #expect(resumed.status == .submitted)
            #expect(resumed.assigneeID == nil)
            #expect(resumed.pausedDays == 1)
            #expect(resumed.clock.dueOn == (try RuleFixture.date("2026-03-17")))
        }

        /// Two pauses add up: Mon → Wed (2), then Thu → Fri (1).
        @Test func provideInfo_twoPauses_accumulate() throws {
            // setup
            let transition = F.transition()
            var t = try F.ticket(in: .accepted)
            // MUT
            for (asked, answered) in [("2026-03-09T10:00:00+08:00", "2026-03-11T15:00:00+08:00"),
                                      ("2026-03-12T10:00:00+08:00", "2026-03-13T09:00:00+08:00")] {
                t = try transition.apply(.requestInfo("请补充"), to: t, by: F.asResponder, actor: F.responder, at: try F.instant(asked))
                t = try transition.apply(.provideInfo("补充"), to: t, by: F.asRequester, actor: F.requester, at: try F.instant(answered))
            }
            // validate
            #expect(t.pausedDays == 3)
            #expect(t.clock.dueOn == (try RuleFixture.date("2026-03-19")))
        }

        /// Across the National Day week the pause counts only Oct 8: due Fri 9 Oct becomes due on make-up Sat 10 Oct.
        @Test func provideInfo_pauseAcrossNationalDay_countsWorkingDaysOnly() throws {
            // setup
            let transition = F.transition()
            let ticket = try F.ticket(submittedAt: "2026-09-29T09:00:00+08:00", limit: 3)
            let paused = try transition.apply(.requestInfo("请补充"), to: ticket, by: F.asResponder, actor: F.responder,
                                              at: try F.instant("2026-09-30T10:00:00+08:00"))
            // MUT
            let resumed = try transition.apply(.provideInfo("补充"), to: paused, by: F.asRequester, actor: F.requester,
                                               at: try F.instant("2026-10-08T10:00:00+08:00"))
            // validate
            #expect(ticket.clock.dueOn == (try RuleFixture.date("2026-10-09")))
            #expect(resumed.pausedDays == 1)
            #expect(resumed.clock.dueOn == (try RuleFixture.date("2026-10-10")))
        }

        /// A waiting ticket is not overdue (its clock stands still), though past its due instant.
        @Test func isOverdue_waitingForInformation_notOverdue() throws {
            // setup
            var ticket = try F.ticket(in: .accepted)
            let late = try F.instant("2026-03-17T10:00:00+08:00")
            // MUT / validate
            #expect(ticket.isOverdue(at: late))
            ticket.status = .infoRequested
            #expect(!ticket.isOverdue(at: late))
        }

        @Test(arguments: [
            (TicketStatus.submitted, "2026-03-16T23:59:59+08:00", false), (.submitted, "2026-03-17T00:00:00+08:00", true),
            (.accepted, "2026-03-17T00:00:00+08:00", true), (.infoRequested, "2026-03-20T00:00:00+08:00", false),
            (.answered, "2026-03-20T00:00:00+08:00", false), (.confirmed, "2026-03-20T00:00:00+08:00", false),
            (.merged, "2026-03-20T00:00:00+08:00", false),
        ])
        func isOverdue_onlyRunningTicketsPastDueAt(_ status: TicketStatus, _ now: String, _ overdue: Bool) throws {
            // setup
            let ticket = try F.ticket(in: status)
            // MUT / validate
            #expect(ticket.isOverdue(at: try F.instant(now)) == overdue)
        }

        /// Resuming never raises the escalation (the scheduled job does that) …
        @Test func provideInfo_escalationNeverRaised() throws {
            // setup
            let transition = F.transition()
            let paused = try transition.apply(.requestInfo("请补充"), to: try F.ticket(in: .accepted), by: F.asResponder,
                                              actor: F.responder, at: try F.instant("2026-03-13T10:00:00+08:00"))
            // MUT
            let resumed = try transition.apply(.provideInfo("补充"), to: paused, by: F.asRequester, actor: F.requester,
                                               at: try F.instant("2026-03-13T11:00:00+08:00"))
            // validate
            #expect(resumed.clock.escalation(at: try F.instant("2026-03-13T11:00:00+08:00")) == .warned)
            #expect(resumed.escalation == .none)
        }

        /// … and keeps it while the ticket is still past its (moved) deadline.
        @Test func provideInfo_stillOverdue_keepsEscalation() throws {
            // setup
            let transition = F.transition()
            var ticket = try F.ticket(in: .accepted)
            ticket.escalation = .leader
            let paused = try transition.apply(.requestInfo("请补充"), to: ticket, by: F.asResponder, actor: F.responder,
                                              at: try F.instant("2026-03-17T10:00:00+08:00"))
            // MUT
            let resumed = try transition.apply(.provideInfo("补充"), to: paused, by: F.asRequester, actor: F.requester,
                                               at: try F.instant("2026-03-17T11:00:00+08:00"))
            // validate
            #expect(resumed.pausedDays == 0)
            #expect(resumed.escalation == .leader)
        }

        // MARK: - answer

        @Test func answer_recordsTextTimeAndResponder() throws {
            // setup
            let now = try F.instant("2026-03-13T10:00:00+08:00")
            // MUT
            let t = try F.transition().apply(.answer("  已联系后勤，今晚起恢复供应\n"), to: try F.ticket(in: .accepted),
                                             by: F.asResponder, actor: F.responder, at: now)
            // validate
            #expect(t.status == .answered)
            #expect(t.answer == "已联系后勤，今晚起恢复供应")
            #expect(t.answeredAt == now)
            #expect(t.answeredBy == F.responder)
            #expect(t.wasAnsweredOnTime && !t.wasAnsweredLate)
        }

        /// Due Mon 16 March: answered by the last second of the day in Shanghai is in time, at midnight late.
        @Test(arguments: [
            ("2026-03-09T09:30:00+08:00", true), ("2026-03-16T23:59:59+08:00", true),
            ("2026-03-17T00:00:00+08:00", false), ("2026-03-20T10:00:00+08:00", false),
        ])
        func answer_onTimeUntilEndOfDueDay(_ at: String, _ onTime: Bool) throws {
            // MUT
            let t = try F.transition().apply(.answer("已处理"), to: try F.ticket(in: .accepted), by: F.asResponder,
                                             actor: F.responder, at: try F.instant(at))
            // validate
            #expect(t.wasAnsweredOnTime == onTime)
            #expect(t.wasAnsweredLate == !onTime)
        }

        @Test func wasAnswered_unansweredTicket_neitherOnTimeNorLate() throws {
            // setup
            let ticket = try F.ticket(in: .accepted)
            // MUT / validate
            #expect(!ticket.wasAnsweredOnTime && !ticket.wasAnsweredLate)
        }

        @Test(arguments: ["", " \n\t", String(repeating: "答", count: TicketAction.answerLimit + 1)])
        func answer_blankOrLong_refused(_ text: String) throws {
            // setup
            let ticket = try F.ticket(in: .accepted), now = try F.instant(F.now)
            // MUT
            let error = #expect(throws: DomainError.self) {
                try F.transition().apply(.answer(text), to: ticket, by: F.asResponder, actor: F.responder, at: now)
            }
            // validate
            #expect(error?.invalidField == "answer")
        }

        @Test func answer_atLimit_accepted() throws {
            // MUT
            let t = try F.transition().apply(.answer(String(repeating: "答", count: TicketAction.answerLimit)),
                                             to: try F.ticket(in: .accepted), by: F.asResponder, actor: F.responder,
                                             at: try F.instant(F.now))
            // validate
            #expect(t.answer?.count == TicketAction.answerLimit)
        }

        // MARK: - confirm and rate

        @Test func confirm_answered_closesTicket() throws {
            // setup
            let now = try F.instant(F.now)
            // MUT
            let t = try F.transition().apply(.confirm, to: try F.ticket(in: .answered), by: F.asRequester, actor: F.requester, at: now)
            // validate
            #expect(t.status == .confirmed)
            #expect(t.confirmedAt == now)
            #expect(!t.autoConfirmed)
            #expect(t.status.isClosed)
        }

        /// Rating an answered ticket confirms it.
        @Test(arguments: 1...5)
        func rate_oneToFive_answeredTicketConfirmed(_ score: Int) throws {
            // setup
            let now = try F.instant(F.now)
            // MUT
            let t = try F.transition().apply(.rate(score: score, comment: " 很及时 "), to: try F.ticket(in: .answered),
                                             by: F.asRequester, actor: F.requester, at: now)
            // validate
            #expect(t.rating == score)
            #expect(t.ratingComment == "很及时")
            #expect(t.status == .confirmed)
            #expect(t.confirmedAt == now)
        }

        /// A ticket already confirmed keeps the moment it was confirmed.
        @Test func rate_confirmedTicket_keepsConfirmedAt() throws {
            // setup
            let ticket = try F.ticket(in: .confirmed)
            // MUT
            let t = try F.transition().apply(.rate(score: 4, comment: ""), to: ticket, by: F.asRequester, actor: F.requester,
                                             at: try F.instant(F.now))
            // validate
            #expect(t.rating == 4)
            #expect(t.confirmedAt == ticket.confirmedAt)
        }

        @Test(arguments: [0, 6, -1, 10])
        func rate_outsideOneToFive_refused(_ score: Int) throws {
            // setup
            let ticket = try F.ticket(in: .answered), now = try F.instant(F.now)
            // MUT
            let error = #expect(throws: DomainError.self) {
                try F.transition().apply(.rate(score: score, comment: ""), to: ticket, by: F.asRequester, actor: F.requester, at: now)
            }
            // validate
            #expect(error?.invalidField == "score")
        }

        @Test func rate_longComment_refused() throws {
            // setup
            let ticket = try F.ticket(in: .answered), now = try F.instant(F.now)
            let comment = String(repeating: "评", count: TicketAction.noteLimit + 1)
            // MUT
            let error = #expect(throws: DomainError.self) {
                try F.transition().apply(.rate(score: 5, comment: comment), to: ticket, by: F.asRequester, actor: F.requester, at: now)
            }
            // validate
            #expect(error?.invalidField == "comment")
        }

        /// Rated once only: the second rating is a conflict, whatever its score.
        @Test(arguments: [5, 1])
        func rate_twice_conflict(_ secondScore: Int) throws {
            // setup
            let transition = F.transition(), now = try F.instant(F.now)
            let rated = try transition.apply(.rate(score: 3, comment: ""), to: try F.ticket(in: .answered), by: F.asRequester,
                                             actor: F.requester, at: now)
            // MUT
            let error = #expect(throws: DomainError.self) {
                try transition.apply(.rate(score: secondScore, comment: "改评"), to: rated, by: F.asRequester,
                                     actor: F.requester, at: now.addingTimeInterval(60))
            }
            // validate
            #expect(error?.isConflict == true)
        }

        // MARK: - reopen

        /// Reopened on Thu 12 March: a fresh 5-working-day clock from that day (due Thu 19 March), the answer gone.
        @Test func reopen_withinPeriod_newClockFromReopenDay() throws {
            // setup
            var ticket = try F.ticket(in: .answered)
            ticket.escalation = .leader
            let now = try F.instant("2026-03-12T10:00:00+08:00")
            // MUT
            let t = try F.transition().apply(.reopen("问题仍未解决"), to: ticket, by: F.asRequester, actor: F.requester, at: now)
            // validate
            #expect(t.status == .accepted)
            #expect(t.assigneeID == F.responder)
            #expect(t.reopenCount == 1)
            #expect(t.answer == nil && t.answeredAt == nil && t.answeredBy == nil)
            #expect(t.clock.dueOn == (try RuleFixture.date("2026-03-19")))
            #expect(t.clock == F.deadlines().clock(submittedAt: now, limit: 5))
            #expect(t.escalation == .none)
            #expect(t.submittedAt == ticket.submittedAt)
        }

        /// A rated (so confirmed) or auto-confirmed ticket reopens as open, its rating and confirmation gone.
        @Test(arguments: [true, false])
        func reopen_confirmedTicket_clearsConfirmationAndRating(_ auto: Bool) throws {
            // setup
            var ticket = try F.ticket(in: .confirmed)
            ticket.autoConfirmed = auto
            if !auto { ticket.rating = 2; ticket.ratingComment = "没解决" }
            // MUT
            let t = try F.transition().apply(.reopen("仍然没有热水"), to: ticket, by: F.asRequester, actor: F.requester,
                                             at: try F.instant(F.now))
            // validate
            #expect(t.status == .accepted)
            #expect(t.confirmedAt == nil && !t.autoConfirmed)
            #expect(t.rating == nil && t.ratingComment == nil)
        }

        /// Once only: reopened, answered again, the second reopen is a conflict.
        @Test func reopen_secondTime_conflict() throws {
            // setup
            let transition = F.transition()
            let reopened = try transition.apply(.reopen("未解决"), to: try F.ticket(in: .answered), by: F.asRequester,
                                                actor: F.requester, at: try F.instant("2026-03-11T10:00:00+08:00"))
            let answeredAgain = try transition.apply(.answer("已再次处理"), to: reopened, by: F.asResponder, actor: F.responder,
                                                     at: try F.instant("2026-03-12T10:00:00+08:00"))
            // MUT
            let error = #expect(throws: DomainError.self) {
                try transition.apply(.reopen("还是没解决"), to: answeredAgain, by: F.asRequester, actor: F.requester,
                                     at: try F.instant("2026-03-13T10:00:00+08:00"))
            }
            // validate
            #expect(error?.isConflict == true)
        }

        /// Within `reopenDays` of the answer (answered Tue 10 March 10:00): up to the second before, not at it.
        @Test(arguments: [
            (7, 0, true), (7, 7 * 86_400 - 1, true), (7, 7 * 86_400, false), (7, 30 * 86_400, false),
            (3, 3 * 86_400 - 1, true), (3, 3 * 86_400, false), (1, 86_400, false),
        ])
        func reopen_onlyWithinReopenDaysOfAnswer(_ reopenDays: Int, _ secondsAfterAnswer: Int, _ allowed: Bool) throws {
            // setup
            let ticket = try F.ticket(in: .answered)
            let now = try #require(ticket.answeredAt).addingTimeInterval(TimeInterval(secondsAfterAnswer))
            let transition = F.transition(TicketSettings(reopenDays: reopenDays))
            // MUT
            let result = Result { try transition.apply(.reopen("未解决"), to: ticket, by: F.asRequester, actor: F.requester, at: now) }
            // validate
            switch result {
            case .success(let t): #expect(allowed); #expect(t.reopenCount == 1)
            case .failure(let error): #expect(!allowed); #expect((error as? DomainError)?.isConflict == true)
            }
        }

        @Test(arguments: ["", "   "])
        func reopen_blankReason_refused(_ reason: String) throws {
            // setup
            let ticket = try F.ticket(in: .answered), now = try F.instant(F.now)
            // MUT
            let error = #expect(throws: DomainError.self) {
                try F.transition().apply(.reopen(reason), to: ticket, by: F.asRequester, actor: F.requester, at: now)
            }
            // validate
            #expect(error?.invalidField == "note")
        }

        // MARK: - merge

        @Test(arguments: [TicketStatus.submitted, .accepted, .infoRequested])
        func merge_intoSelf_refused(_ status: TicketStatus) throws {
            // setup
            let ticket = try F.ticket(in: status), now = try F.instant(F.now)
            // MUT
            let error = #expect(throws: DomainError.self) {
                try F.transition().apply(.merge(into: F.ticketID), to: ticket, by: F.asResponder, actor: F.responder, at: now)
            }
            // validate
            #expect(error?.invalidField == "into")
        }

        @Test func merge_waitingTicket_closedAndUnpaused() throws {
            // MUT
            let t = try F.transition().apply(.merge(into: F.otherTicketID), to: try F.ticket(in: .infoRequested),
                                             by: F.asResponder, actor: F.responder, at: try F.instant(F.now))
            // validate
            #expect(t.status == .merged && t.status.isClosed)
            #expect(t.mergedInto == F.otherTicketID)
            #expect(t.pausedAt == nil)
        }

        // MARK: - auto-confirm

        /// Answered Tue 10 March 10:00: confirmed by itself `autoConfirmDays` later, not a second sooner.
        @Test(arguments: [
            (7, 7 * 86_400 - 1, false), (7, 7 * 86_400, true), (7, 30 * 86_400, true),
            (3, 3 * 86_400 - 1, false), (3, 3 * 86_400, true),
        ])
        func autoConfirmed_afterAutoConfirmDays(_ days: Int, _ secondsAfterAnswer: Int, _ confirms: Bool) throws {
            // setup
            let ticket = try F.ticket(in: .answered)
            let now = try #require(ticket.answeredAt).addingTimeInterval(TimeInterval(secondsAfterAnswer))
            // MUT
            let t = F.transition(TicketSettings(autoConfirmDays: days)).autoConfirmed(ticket, at: now)
            // validate
            #expect((t != nil) == confirms)
            if let t {
                #expect(t.status == .confirmed)
                #expect(t.autoConfirmed)
                #expect(t.confirmedAt == now)
            }
        }

        @Test(arguments: [TicketStatus.submitted, .accepted, .infoRequested, .confirmed, .merged])
        func autoConfirmed_notAnswered_nothing(_ status: TicketStatus) throws {
            // setup
            let ticket = try F.ticket(in: status)
            // MUT / validate
            #expect(F.transition().autoConfirmed(ticket, at: try F.instant("2026-06-01T00:00:00+08:00")) == nil)
        }

        // MARK: - actions

        @Test func action_kindsAndParties() {
            #expect(F.actionKinds.map { F.action($0).kind } == F.actionKinds)
            #expect(F.actionKinds.filter { F.action($0).isRequesters } == F.requesterKinds)
        }

        @Test(arguments: [
            (TicketAction.accept(assignee: F.responder), ""), (.answer("已处理"), "已处理"),
            (.transfer(department: F.department2, category: nil, note: "转财务处"), "转财务处"),
            (.rate(score: 4, comment: ""), "4"), (.rate(score: 4, comment: "很好"), "4 很好"),
            (.merge(into: F.otherTicketID), ""), (.confirm, ""),
        ])
        func action_noteAsKeptOnHistory(_ action: TicketAction, _ note: String) {
            #expect(action.note == note)
        }
    }
}
