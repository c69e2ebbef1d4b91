import Foundation

/// One student's day: whether they report, when, what they answer, and whether they resubmit.
extension DemoDailyReports {
    static let notes = ["在图书馆自习", "在实验室", "参加社团活动", "外出实习", "已返校", "身体不适已就医"]

    /// nil for no report: forgotten, away on leave, a demo account's today, or not yet submitted at `now`.
    func report(of index: Int, on day: LocalDate, clock: DayClock? = nil) -> DemoReport? {
        let reporter = reporters[index]
        if reporter.isAccount && day == days.last { return nil }
        // Each student's day has its own stream, so that one day can be drawn without the days before it.
        var rng = DemoRandom(seed: seed ^ (UInt64(truncatingIfNeeded: day.dayNumber) << 32) ^ UInt64(index), stream: "daily-report")
        let weekend = DemoCalendar.isWeekend(day)
        let awayCity = awayCity(of: index, on: day)
        if awayCity != nil ? !rng.chance(0.1) : rng.chance(max(reporter.missRate, weekend ? 0.05 : 0.018)) { return nil }
        let clock = clock ?? DayClock(day, timing: timing)
        let at = submission(clock, late: rng.chance(reporter.lateRate), rng: &rng)
        let answers = self.answers(of: reporter, on: day, episode: episode(of: index, on: day),
                                   city: awayCity ?? (rng.chance(weekend ? 0.08 : 0.02) ? reporter.homeCity : nil), rng: &rng)
        let cutoff = clock.cutoff
        var report = DemoReport(id: Self.reportID(reporter: index, day: day, rng: &rng), reporter: index, personID: reporter.personID, day: day, answers: answers,
                                isAbnormal: answers.isAbnormal, isLate: at > cutoff, isOffCampus: answers.city != nil,
                                revision: 1, submittedAt: at, previous: nil)
        if rng.chance(0.02) {
            let earlier = max(at.addingTimeInterval(-Double(rng.int(in: 3...90) * 60)), clock.at(minute: 390))
            let first = firstAnswers(before: answers, consent: reporter.consentGrantedAt != nil, rng: &rng)
            if earlier < at && first != answers {
                report.revision = 2
                report.previous = DemoReportRevision(answers: first, isAbnormal: first.isAbnormal, isLate: earlier > cutoff,
                                                     submittedAt: earlier)
            }
        }
        if report.submittedAt < now { return report }
        // Resubmitted after `now`: so far only the first submission exists.
        guard let previous = report.previous, previous.submittedAt < now else { return nil }
        report.answers = previous.answers; report.isAbnormal = previous.isAbnormal; report.isLate = previous.isLate
        report.isOffCampus = previous.answers.city != nil; report.submittedAt = previous.submittedAt
        report.revision = 1; report.previous = nil
        return report
    }

    /// A version-4 UUID whose first six bytes are the student's index and the day: the ids ascend in the order the
    /// seeder writes the reports, so each insert appends to the primary key's index instead of touching a random page.
    static func reportID(reporter: Int, day: LocalDate, rng: inout DemoRandom) -> UUID {
        var id = rng.uuid().uuid
        id.0 = UInt8(truncatingIfNeeded: reporter >> 24); id.1 = UInt8(truncatingIfNeeded: reporter >> 16)
        id.2 = UInt8(truncatingIfNeeded: reporter >> 8); id.3 = UInt8(truncatingIfNeeded: reporter)
        id.4 = UInt8(truncatingIfNeeded: day.dayNumber >> 8); id.5 = UInt8(truncatingIfNeeded: day.dayNumber)
        return UUID(uuid: id)
    }

    /// Between 06:30 and the cut-off, most around 08:00; a late one between the cut-off and noon.
    private func submission(_ clock: DayClock, late: Bool, rng: inout DemoRandom) -> Date {
        let minute = late ? rng.int(in: 600...719) : 390 + (rng.int(in: 0...209) + rng.int(in: 0...209)) / 2
        let second = late ? rng.int(in: 1...59) : rng.int(in: 0...59)
        return clock.at(minute: minute).addingTimeInterval(Double(second))
    }

    private func answers(of reporter: DemoReporter, on day: LocalDate, episode: DemoEpisode?, city: String?,
                         rng: inout DemoRandom) -> DemoReportAnswers {
        let consent = reporter.consentGrantedAt != nil
        var answers = DemoReportAnswers(health: consent ? "well" : nil, city: city)
        if consent && reporter.takesTemperature && rng.chance(0.85) { answers.temperatureTenths = rng.int(in: 360...372) }
        switch episode?.kind {
        case .fever? where consent:
            answers.health = "fever"; answers.temperatureTenths = rng.int(in: 373...386)
        case .cough? where consent:
            answers.health = "cough"; answers.temperatureTenths = rng.chance(0.5) ? rng.int(in: 365...372) : nil
        case .fever?, .cough?, .risk?: answers.risk = true
        case nil: break
        }
        if rng.chance(0.03) { answers.note = rng.pick(Self.notes) }
        return answers
    }

    /// The answers of a first submission the student then corrected: another temperature, the other place, no note,
    /// or well before reporting the symptoms.
    private func firstAnswers(before final: DemoReportAnswers, consent: Bool, rng: inout DemoRandom) -> DemoReportAnswers {
        var first = final
        switch rng.int(in: 0...3) {
        case 0 where consent: first.temperatureTenths = rng.int(in: 360...372)
        case 1: first.city = final.city == nil ? rng.pick(DemoReporter.cities) : nil
        case 2 where final.note != nil: first.note = nil
        default:
            if final.health != nil && final.health != "well" { first.health = "well"; first.temperatureTenths = nil }
            else { first.note = final.note == nil ? rng.pick(Self.notes) : nil }
        }
        return first
    }
}

/// A day's midnight and cut-off, worked out once for the day's twenty thousand reports (a time zone lookup per
/// report would be most of the drawing time).
struct DayClock {
    var start: Date
    var cutoff: Date

    init(_ day: LocalDate, timing: ReportTiming) { start = day.start(in: timing.timeZone); cutoff = timing.cutoff(of: day) }

    func at(minute: Int) -> Date { start.addingTimeInterval(Double(minute * 60)) }
}

extension DemoReportAnswers {
    /// `ReportForm.standard.isAbnormal(answers)` without building the dictionary (the tests hold the two equal).
    public var isAbnormal: Bool { (health.map { $0 != "well" } ?? false) || risk || (temperatureTenths ?? 0) >= 373 }
}
