import Foundation

/// The demo university's daily reports (日报制, RULES.md §5): the last `days` days up to its `now`, today included up
/// to `now`, in `ReportForm.standard`. Most students report every morning, well and on campus; about 3% of the
/// expected reports are missing (more at weekends, a few chronic non-reporters), about 5% are late, 1.5% abnormal
/// (short episodes of fever, cough or contact with risk), 8% off campus at weekends and 2% on weekdays, and some are
/// resubmitted. With them come health consents (97% of students), a handful of leave applications per college, and
/// the watch list those abnormal reports opened.
///
/// Generation is pure and deterministic: each student's day is drawn from its own stream, so `reports(on:)` can
/// be asked for one day at a time (a 20,000-student school has 1.2 million reports in 60 days) and gives the same
/// reports every time.
public struct DemoDailyReports: Sendable {
    public struct Options: Equatable, Sendable {
        /// Days of reports ending on the demo's today; 0 for none (nor consents, leaves or watches).
        public var days: Int
        /// The demo's present; nil for 09:30 on its today (before the cut-off: most have reported, none late yet).
        public var now: Date?

        public init(days: Int = 60, now: Date? = nil) { self.days = days; self.now = now }

        public static let standard = Options()
        public static let none = Options(days: 0)
    }

    /// Oldest first, ending on the demo's today.
    public var days: [LocalDate]
    public var now: Date
    public var timing: ReportTiming
    /// Every student, class by class.
    public var reporters: [DemoReporter]
    public var leaves: [DemoLeave]
    public var watches: [DemoWatch]
    let seed: UInt64
    /// Abnormal episodes by reporter.
    let episodes: [Int: [DemoEpisode]]
    /// The days each reporter is away on leave, with the leave's destination.
    let away: [Int: [Away]]

    struct Away: Sendable {
        var days: ClosedRange<LocalDate>
        var city: String
    }

    public static let form = ReportForm.standard

    public static func generate(for demo: DemoUniversity, options: Options = .standard) -> DemoDailyReports {
        let timeZone = demo.school.timeZone
        let days = (0..<max(0, options.days)).reversed().map { demo.today.adding(days: -$0) }
        let now = options.now ?? DemoCalendar.instant(demo.today, minutes: 9 * 60 + 30, in: timeZone)
        var reporterRandom = DemoRandom(seed: demo.seed, stream: "report-reporters")
        let reporters = days.isEmpty ? [] : DemoReporter.all(of: demo, firstDay: days[0], rng: &reporterRandom)
        var episodeRandom = DemoRandom(seed: demo.seed, stream: "report-episodes")
        let episodes = DemoEpisode.draw(reporters: reporters, days: days, rng: &episodeRandom)
        var leaveRandom = DemoRandom(seed: demo.seed, stream: "report-leaves")
        let leaves = DemoLeave.draw(reporters: reporters, today: demo.today, timeZone: timeZone, rng: &leaveRandom)
        var result = DemoDailyReports(
            days: days, now: now, timing: ReportTiming(timeZone: timeZone, settings: .standard), reporters: reporters,
            leaves: leaves, watches: [], seed: demo.seed, episodes: Dictionary(grouping: episodes, by: \.reporter),
            away: Dictionary(grouping: leaves.filter { $0.awayDays != nil }, by: \.reporter)
                .mapValues { $0.map { Away(days: $0.awayDays!, city: $0.destination) } })
        var watchRandom = DemoRandom(seed: demo.seed, stream: "report-watches")
        result.watches = result.drawWatches(rng: &watchRandom)
        return result
    }

    /// The reports of one day, class by class; only those submitted before `now`.
    public func reports(on day: LocalDate) -> [DemoReport] {
        let clock = DayClock(day, timing: timing)
        return reporters.indices.compactMap { report(of: $0, on: day, clock: clock) }
    }

    /// Every report of some students, student by student and day by day: the order the seeder writes them in, so
    /// that each student's reports sit together in the index on person and day, and the ids ascend.
    public func reports(of students: Range<Int>) -> [DemoReport] {
        let clocks = days.map { DayClock($0, timing: timing) }
        var result: [DemoReport] = []
        result.reserveCapacity(students.count * days.count)
        for index in students {
            for (day, clock) in zip(days, clocks) {
                if let report = report(of: index, on: day, clock: clock) { result.append(report) }
            }
        }
        return result
    }

    /// The students with consent, and when they gave it.
    public var consents: [(personID: Person.ID, grantedAt: Date)] {
        reporters.compactMap { r in r.consentGrantedAt.map { (r.personID, $0) } }
    }

    /// The abnormal episode a reporter is in on a day, if any.
    func episode(of reporter: Int, on day: LocalDate) -> DemoEpisode? {
        episodes[reporter]?.first { $0.days.contains(day) }
    }

    /// The destination when the reporter is away on leave that day.
    func awayCity(of reporter: Int, on day: LocalDate) -> String? {
        away[reporter]?.first { $0.days.contains(day) }?.city
    }
}
