/// Draws 发展党员 stage dates that `StageRules.standard` accepts: the person was 18 when applying, each step
/// follows the rule's minimum interval plus a realistic delay, and no date lies after the given day.
enum DemoStages {
    /// The wait before a step: the rule's minimum in months plus a drawn number of days.
    private struct Step {
        var months: Int
        var extraDays: ClosedRange<Int>
    }

    private static func step(to stage: Stage) -> Step {
        switch stage {
        case .application: Step(months: 0, extraDays: 0...0)
        case .activist: Step(months: 1, extraDays: 0...150)  // talked to within a month, then observed
        case .developmentCandidate: Step(months: 12, extraDays: 1...120)  // "more than one year" of training
        case .probationary: Step(months: 2, extraDays: 0...90)  // review, 3 days of training, approval
        case .full: Step(months: 12, extraDays: 0...7)  // converted when the year of probation ends
        }
    }

    /// How long people usually stay at their latest stage, in days. Probationers stay under a year,
    /// so that none of them is overdue; members stay as long as dates allow.
    private static func dwell(at stage: Stage) -> Int {
        switch stage {
        case .application: 200
        case .activist: 500
        case .developmentCandidate: 240
        case .probationary: 355
        case .full: 60 * 365
        }
    }

    /// Dates of someone who reached `target`, or the highest stage below it that fits between
    /// `notBefore` (and the 18th birthday) and `latest`; empty dates when not even an application fits.
    static func dates(upTo target: Stage, born: LocalDate, notBefore: LocalDate? = nil, latest: LocalDate,
                      rng: inout DemoRandom) -> StageDates {
        let adult = born.adding(months: 18 * 12).adding(days: 1)  // the day after, so a 29 February birthday is safe
        let earliest = max(adult, notBefore ?? adult)
        var stage: Stage? = target
        while let current = stage {
            if let dates = dates(reaching: current, born: born, earliest: earliest, latest: latest, rng: &rng) {
                return dates
            }
            stage = current.previous
        }
        return StageDates()
    }

    /// Tries drawn delays first, then the minimum intervals, then the minimum ending on `latest` itself.
    private static func dates(reaching target: Stage, born: LocalDate, earliest: LocalDate, latest: LocalDate,
                              rng: inout DemoRandom) -> StageDates? {
        let drawn = Stage.allCases.map { rng.int(in: step(to: $0).extraDays) }
        let minimal = Stage.allCases.map { step(to: $0).extraDays.lowerBound }
        for attempt in 0..<3 {
            let extras = attempt == 0 ? drawn : minimal
            let lastStart = backward(from: latest, to: target, extras: extras)
            guard let lastApplication = lastStart.application else { return nil }
            let room = earliest.days(until: lastApplication)
            guard room >= 0 else { continue }
            let wait = attempt == 2 ? 0 : rng.int(in: 0...min(room, dwell(at: target)))
            let dates = backward(from: latest.adding(days: -wait), to: target, extras: extras)
            if let applied = dates.application, applied >= earliest,
               (try? StageRules.standard.check(dates, birthDate: born)) != nil {
                return dates
            }
        }
        return nil
    }

    /// Walks from the date `target` was reached back to the application, one step's wait at a time.
    private static func backward(from end: LocalDate, to target: Stage, extras: [Int]) -> StageDates {
        var dates = StageDates()
        var stage = target, date = end
        dates[stage] = date
        while let previous = stage.previous {
            let index = Stage.allCases.firstIndex(of: stage) ?? 0
            date = date.adding(months: -step(to: stage).months).adding(days: -extras[index])
            dates[previous] = date
            stage = previous
        }
        return dates
    }
}
