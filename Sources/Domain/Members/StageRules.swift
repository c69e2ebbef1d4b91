/// The minimum and maximum intervals between the steps of 发展党员, kept as data so that a school
/// with stricter rules can tighten them. Each rule names its source, which the refusal quotes.
public struct StageRules: Sendable {
    public struct Interval: Sendable {
        public var stage: Stage
        public var minimumMonths: Int
        public var maximumMonths: Int?
        public var source: Message
    }

    public var minimumAgeAtApplication: Int
    public var intervals: [Interval]

    public static let standard = StageRules(
        minimumAgeAtApplication: 18,
        intervals: [
            Interval(stage: .activist, minimumMonths: 0, maximumMonths: nil, source: Message(
                zh: "《中国共产党发展党员工作细则》第八条：入党积极分子须从入党申请人中确定",
                en: "Rules on Developing Party Members, art. 8: activists are chosen from applicants")),
            Interval(stage: .developmentCandidate, minimumMonths: 12, maximumMonths: nil, source: Message(
                zh: "《中国共产党发展党员工作细则》第十三条：入党积极分子须经过一年以上培养教育和考察方可列为发展对象",
                en: "Rules on Developing Party Members, art. 13: an activist needs more than one year of training and observation")),
            Interval(stage: .probationary, minimumMonths: 0, maximumMonths: nil, source: Message(
                zh: "《中国共产党发展党员工作细则》第十八条：预备党员须从发展对象中接收",
                en: "Rules on Developing Party Members, art. 18: probationary members are admitted from development candidates")),
            Interval(stage: .full, minimumMonths: 12, maximumMonths: 24, source: Message(
                zh: "《中国共产党章程》第七条：预备期为一年，延长预备期不能超过一年",
                en: "Party Constitution, art. 7: probation lasts one year and may be extended by at most one year")),
        ])

    /// Refuses dates that come earlier (or later) than the rules allow, naming the rule.
    public func check(_ dates: StageDates, birthDate: LocalDate?) throws {
        if let applied = dates.application, let birthDate, birthDate.years(until: applied) < minimumAgeAtApplication {
            throw DomainError.invalid(field: Stage.application.rawValue, message: Message(
                zh: "《中国共产党章程》第一条：年满十八岁方可申请入党",
                en: "Party Constitution, art. 1: applicants must be at least 18 years old"))
        }
        for interval in intervals {
            guard let date = dates[interval.stage], let previous = interval.stage.previous,
                  let before = dates[previous] else { continue }
            let earliest = before.adding(months: interval.minimumMonths)
            if date < earliest || date < before {
                throw DomainError.invalid(field: interval.stage.rawValue, message: Message(
                    zh: "日期过早（\(date) 早于 \(earliest)）。依据：\(interval.source.zh)",
                    en: "Too early (\(date) is before \(earliest)). Rule: \(interval.source.en)"))
            }
            if let maximum = interval.maximumMonths, date > before.adding(months: maximum) {
                throw DomainError.invalid(field: interval.stage.rawValue, message: Message(
                    zh: "日期过晚（晚于 \(before.adding(months: maximum))）。依据：\(interval.source.zh)",
                    en: "Too late (after \(before.adding(months: maximum))). Rule: \(interval.source.en)"))
            }
        }
        try checkNoGapsBackwards(dates)
        try checkMinimumsAcrossGaps(dates)
    }

    /// With a step left out (an old record without 发展对象 date, say), the minimums of the missing steps
    /// still add up between the dates that are there: skipping a step never shortens the observation.
    private func checkMinimumsAcrossGaps(_ dates: StageDates) throws {
        let present = Stage.allCases.filter { dates[$0] != nil }
        for (earlier, later) in zip(present, present.dropFirst()) where later.previous != earlier {
            let span = intervals.filter { $0.stage > earlier && $0.stage <= later }
            let months = span.reduce(0) { $0 + $1.minimumMonths }
            guard let from = dates[earlier], let date = dates[later], let rule = span.max(by: { $0.minimumMonths < $1.minimumMonths }),
                  months > 0, date < from.adding(months: months) else { continue }
            throw DomainError.invalid(field: later.rawValue, message: Message(
                zh: "日期过早（\(date) 早于 \(from.adding(months: months))）。依据：\(rule.source.zh)",
                en: "Too early (\(date) is before \(from.adding(months: months))). Rule: \(rule.source.en)"))
        }
    }

    /// A later step never carries an earlier date than a step before it, even with steps left out between.
    private func checkNoGapsBackwards(_ dates: StageDates) throws {
        var latest: (Stage, LocalDate)?
        for stage in Stage.allCases {
            guard let date = dates[stage] else { continue }
            if let (earlierStage, earlierDate) = latest, date < earlierDate {
                throw DomainError.invalid(field: stage.rawValue, message: Message(
                    zh: "各阶段须按顺序：“\(stage.label.zh)”的日期早于“\(earlierStage.label.zh)”",
                    en: "Stages must be in order: “\(stage.label.en)” is dated before “\(earlierStage.label.en)”"))
            }
            latest = (stage, date)
        }
    }
}
