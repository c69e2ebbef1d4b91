/// What will happen to one demo ticket, decided when it is raised: most are answered in time and rated well; some
/// are late, wait for information, are reopened or merged; recent ones may still be open at the demo's today.
struct DemoTicketPlan: Equatable, Sendable {
    enum Outcome: Equatable, Sendable {
        /// The requester rates the answer (which confirms it).
        case rate(Int)
        case confirm
        /// The requester does nothing: the ticket is confirmed automatically after the confirmation period.
        case leave
        /// Never answered by today.
        case open
    }

    static let lateRate = 0.08
    static let infoRate = 0.06
    static let reopenRate = 0.02
    static let mergeRate = 0.01
    /// Of the tickets raised in the last `stalledDays` days, the share nobody has answered yet.
    static let stalledRate = 0.03
    static let stalledDays = 40
    /// Stars 1…5, on time and late.
    static let starWeights = [3, 4, 10, 28, 55]
    static let lateStarWeights = [10, 14, 26, 28, 22]

    var late = false
    var requestsInfo = false
    /// The requester never provides it (only drawn for questions asked in the last weeks).
    var neverProvides = false
    var reopens = false
    var merges = false
    /// A department leader hands the ticket to a responder instead of a responder taking it.
    var assignedByLeader = false
    var outcome: Outcome = .leave
    /// A forced day of the (first) answer, for the tickets of `student1`.
    var answerDay: LocalDate?

    static func draw(recent: Bool, rng: inout DemoRandom) -> DemoTicketPlan {
        var plan = DemoTicketPlan()
        plan.late = rng.chance(lateRate)
        plan.requestsInfo = rng.chance(infoRate)
        plan.neverProvides = plan.requestsInfo && rng.chance(0.3)
        plan.reopens = rng.chance(reopenRate)
        plan.merges = rng.chance(mergeRate)
        plan.assignedByLeader = rng.chance(0.2)
        let roll = rng.int(in: 1...100)
        if recent && rng.chance(stalledRate) {
            plan.outcome = .open
        } else if roll <= 55 {
            plan.outcome = .rate(rng.pick([1, 2, 3, 4, 5], weights: plan.late ? lateStarWeights : starWeights))
        } else if roll <= 70 {
            plan.outcome = .confirm
        }
        return plan
    }

    static func rating(_ comments: [[String]], _ score: Int, rng: inout DemoRandom) -> String {
        rng.pick(comments[min(max(score, 1), 5) - 1])
    }
}
