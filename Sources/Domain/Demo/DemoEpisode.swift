/// A few days on which a student's reports are abnormal: a fever, a cough, or contact with risk. Students without
/// health consent can only report the risk.
struct DemoEpisode: Sendable {
    enum Kind: Sendable { case fever, cough, risk }

    var reporter: Int
    var days: ClosedRange<LocalDate>
    var kind: Kind

    /// About 0.75% of student-days start an episode of one to three days, so that some 1.5% of reports are abnormal.
    static func draw(reporters: [DemoReporter], days: [LocalDate], rng: inout DemoRandom) -> [DemoEpisode] {
        guard let first = days.first, let last = days.last else { return [] }
        var episodes: [DemoEpisode] = []
        for (index, reporter) in reporters.enumerated() {
            var day = first
            while day <= last {
                guard rng.chance(0.0075) else { day = day.adding(days: 1); continue }
                let length = rng.pick([1, 2, 2, 3])
                let kind = reporter.consentGrantedAt == nil ? Kind.risk : rng.pick([.fever, .cough, .risk], weights: [45, 40, 15])
                episodes.append(DemoEpisode(reporter: index, days: day...day.adding(days: length - 1), kind: kind))
                // A week's gap before the next one.
                day = day.adding(days: length + 7)
            }
        }
        return episodes
    }
}
