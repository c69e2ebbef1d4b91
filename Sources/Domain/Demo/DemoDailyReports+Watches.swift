import Foundation

/// The watch list the abnormal reports opened: an open watch for every student with an abnormal report in the
/// last seven days, and closed ones (recovered, after one to three follow-ups) for half of the older episodes.
extension DemoDailyReports {
    /// The last seven days, today included.
    public var recentDays: ClosedRange<LocalDate>? {
        days.last.map { $0.adding(days: -6)...$0 }
    }

    func drawWatches(rng: inout DemoRandom) -> [DemoWatch] {
        guard let recent = recentDays else { return [] }
        var watches: [DemoWatch] = []
        for reporter in episodes.keys.sorted() {
            var open = false
            for episode in episodes[reporter]! {
                // Its abnormal reports: not every day of it was reported, and today's may be only a first answer.
                let span = 0...(episode.days.upperBound.dayNumber - episode.days.lowerBound.dayNumber)
                let abnormal = span.compactMap { report(of: reporter, on: episode.days.lowerBound.adding(days: $0)) }
                    .filter { $0.isAbnormal && $0.day <= recent.upperBound }
                guard let first = abnormal.first else { continue }
                if abnormal.contains(where: { recent.contains($0.day) }) {
                    if !open { watches.append(openWatch(first, rng: &rng)); open = true }
                } else if episode.days.upperBound < recent.lowerBound, rng.chance(0.5) {
                    watches.append(closedWatch(first, rng: &rng))
                }
            }
        }
        return watches.sorted { ($0.createdAt, $0.reporter) < ($1.createdAt, $1.reporter) }
    }

    private func watch(_ report: DemoReport, status: DemoWatch.Status, rng: inout DemoRandom) -> DemoWatch {
        DemoWatch(id: rng.uuid(), reporter: report.reporter, personID: report.personID, openedDay: report.day,
                  reportID: report.id, reason: DemoWatch.reason(report.answers), status: status,
                  createdAt: report.submittedAt, closedAt: nil, closedReason: nil, followUps: [])
    }

    /// Open since the report; a call the next afternoon for most of those opened before today.
    private func openWatch(_ report: DemoReport, rng: inout DemoRandom) -> DemoWatch {
        var watch = watch(report, status: .open, rng: &rng)
        let call = followUpTime(on: report.day.adding(days: 1), rng: &rng)
        if call < now && rng.chance(0.7) {
            watch.followUps = [followUp(.improved, at: call, rng: &rng)]
        }
        return watch
    }

    /// One to three follow-ups on the days after the report, the last finding the student recovered; closed then.
    private func closedWatch(_ report: DemoReport, rng: inout DemoRandom) -> DemoWatch {
        var watch = watch(report, status: .closed, rng: &rng)
        let count = rng.int(in: 1...3)
        watch.followUps = (1...count).map { k in
            followUp(k == count ? .recovered : .improved, at: followUpTime(on: report.day.adding(days: k), rng: &rng), rng: &rng)
        }
        watch.closedAt = watch.followUps.last!.happenedAt.addingTimeInterval(Double(rng.int(in: 5...60) * 60))
        watch.closedReason = "recovered"
        return watch
    }

    private func followUpTime(on day: LocalDate, rng: inout DemoRandom) -> Date {
        DemoCalendar.instant(day, minutes: rng.int(in: 14 * 60...17 * 60 + 30), in: timing.timeZone)
    }

    private func followUp(_ result: DemoFollowUp.Result, at: Date, rng: inout DemoRandom) -> DemoFollowUp {
        DemoFollowUp(id: rng.uuid(), method: rng.chance(0.6) ? .call : .visit, result: result,
                     note: rng.pick(DemoFollowUp.notes[result]!), happenedAt: at)
    }
}
