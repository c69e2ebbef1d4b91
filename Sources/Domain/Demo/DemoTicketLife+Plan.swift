import Foundation

extension DemoTicketLife {
    /// Lives the seed's plan: transfer, acceptance, a question for more information, the answer (again after a
    /// reopening), then the requester's part; the escalation job's events fall in between.
    mutating func live(teams: [Department.ID: DemoTicketPeople.Team], mergeInto target: Ticket.ID?, rng: inout DemoRandom) {
        defer { advance(to: time.now) }
        let plan = seed.plan
        if let member = seed.answeredOnSpotBy {
            answerOnSpot(by: member)
            if case .rate = plan.outcome { finish(plan, rng: &rng) }
            return
        }
        guard let first = teams[ticket.departmentID] else { return }
        var at = time.handlerTime(after: seed.submittedAt, minutes: 10...240, rng: &rng)
        if plan.merges, let target, seed.raisedUnder == nil {
            act(.merge(into: target), by: rng.pick(first.responders), at: at)
            return
        }
        if seed.raisedUnder != nil {
            let transfer = TicketAction.transfer(department: seed.category.departmentID, category: seed.category.id, note: seed.transferNote)
            guard act(transfer, by: rng.pick(first.responders), at: at) else { return }
            at = time.handlerTime(after: at, minutes: 30...480, rng: &rng)
        }
        guard let team = teams[ticket.departmentID] else { return }
        let assignee = rng.pick(team.responders)
        let byLeader = plan.assignedByLeader && team.leader != assignee
        guard act(.accept(assignee: assignee.id), by: byLeader ? team.leader : assignee, at: at, leader: byLeader) else { return }
        if plan.requestsInfo {
            let asked = time.handlerTime(after: latest, minutes: 30...600, rng: &rng)
            guard act(.requestInfo(rng.pick(DemoTicketTexts.infoQuestions)), by: assignee, at: asked) else { return }
            if plan.neverProvides && asked > time.now.addingTimeInterval(-20 * 86_400) { return }
            let provided = time.requesterTime(after: asked, hours: 2...72, rng: &rng)
            guard act(.provideInfo(rng.pick(DemoTicketTexts.infoAnswers)), by: nil, at: provided) else { return }
        }
        guard plan.outcome != .open, answer(by: assignee, late: plan.late, on: plan.answerDay, rng: &rng) else { return }
        if plan.reopens {
            let reopened = time.requesterTime(after: latest, hours: 4...120, rng: &rng)
            guard act(.reopen(rng.pick(DemoTicketTexts.reopenReasons)), by: nil, at: reopened),
                  answer(by: assignee, late: false, on: nil, rng: &rng) else { return }
        }
        finish(plan, rng: &rng)
    }

    /// The answer: on a forced day, late by plan (or because the deadline has already passed), else in time.
    private mutating func answer(by member: DemoTicketPeople.Member, late: Bool, on day: LocalDate?,
                                 rng: inout DemoRandom) -> Bool {
        let at: Date
        if let day {
            at = max(time.instant(day, minutes: rng.int(in: 9 * 60...17 * 60)), latest.addingTimeInterval(1_800))
        } else if !late, let inTime = time.onTimeAnswer(after: latest, clock: ticket.clock, rng: &rng) {
            at = inTime
        } else {
            at = time.lateAnswer(after: latest, clock: ticket.clock, rng: &rng)
        }
        return act(.answer(seed.answer), by: member, at: at)
    }

    /// The requester's part after the answer: a rating, a confirmation, or nothing until the confirmation job.
    private mutating func finish(_ plan: DemoTicketPlan, rng: inout DemoRandom) {
        switch plan.outcome {
        case .rate(let score):
            let comment = DemoTicketPlan.rating(DemoTicketTexts.ratingComments, score, rng: &rng)
            act(.rate(score: score, comment: comment), by: nil, at: time.requesterTime(after: latest, hours: 1...72, rng: &rng))
        case .confirm:
            act(.confirm, by: nil, at: time.requesterTime(after: latest, hours: 1...48, rng: &rng))
        case .leave:
            autoConfirm(rng: &rng)
        case .open:
            break
        }
    }
}
