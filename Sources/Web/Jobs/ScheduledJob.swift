import Foundation
import Logging
import Persistence

/// A piece of scheduled work: a unique name, when it runs next, and what it does. Runs must be idempotent:
/// a server that dies mid-run leaves a lease that expires, and the run happens again elsewhere.
public struct ScheduledJob: Sendable {
    public var name: String
    /// The run after one that started at the given instant.
    public var nextRun: @Sendable (Date) -> Date
    /// The first run of a job the database does not know yet, from the instant it is first seen.
    public var firstRun: @Sendable (Date) -> Date
    public var run: @Sendable (JobContext) async throws -> Void

    public init(name: String, nextRun: @escaping @Sendable (Date) -> Date, firstRun: (@Sendable (Date) -> Date)? = nil,
                run: @escaping @Sendable (JobContext) async throws -> Void) {
        self.name = name; self.nextRun = nextRun; self.firstRun = firstRun ?? nextRun; self.run = run
    }

    /// Every `seconds`, starting as soon as the job is first seen.
    public static func every(_ seconds: TimeInterval, name: String,
                             run: @escaping @Sendable (JobContext) async throws -> Void) -> ScheduledJob {
        ScheduledJob(name: name, nextRun: { $0.addingTimeInterval(seconds) }, firstRun: { $0 }, run: run)
    }

    /// Once a day at a wall-clock time of a time zone (the school's, Asia/Shanghai by default).
    public static func daily(at hour: Int, _ minute: Int = 0, in zone: TimeZone = TimeZone(identifier: "Asia/Shanghai")!,
                             name: String, run: @escaping @Sendable (JobContext) async throws -> Void) -> ScheduledJob {
        ScheduledJob(name: name, nextRun: { after in
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            return calendar.nextDate(after: after, matching: DateComponents(hour: hour, minute: minute, second: 0),
                                     matchingPolicy: .nextTime) ?? after.addingTimeInterval(86_400)
        }, run: run)
    }
}

/// What a run gets: the stores (acting for the system: pass `.system` as the scope), a logger, and the
/// instant the run was claimed at, from the injected clock.
public struct JobContext: Sendable {
    public var stores: Stores
    public var logger: Logger
    public var now: Date
}

/// What one pass of the runner did with a job it claimed.
public struct JobRun: Equatable, Sendable {
    public var name: String
    /// nil when the run succeeded.
    public var error: String?
}
