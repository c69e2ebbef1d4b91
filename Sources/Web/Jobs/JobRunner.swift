import Foundation
import Logging
import NIOConcurrencyHelpers
import Persistence
import Vapor

/// Runs the registered jobs: every `interval` seconds after boot (0: only when `runDue` is called, as in
/// tests and CLI commands), each due job is claimed in the database and run by the one server that wins.
/// A failing job is logged and recorded in its row; it never stops the loop or the server.
public final class JobRunner: LifecycleHandler, Sendable {
    /// Who holds a lease: this process, told apart from every other server and from an earlier run of itself.
    public let owner = "\(ProcessInfo.processInfo.hostName)/\(ProcessInfo.processInfo.processIdentifier)/\(UUID().uuidString.prefix(8))"
    let state = NIOLockedValueBox(State())
    private let stores: @Sendable () -> Stores?
    private let logger: Logger

    struct State {
        var jobs: [ScheduledJob] = []
        var known: Set<String> = []
        var interval: TimeInterval = 0
        var leaseSeconds: TimeInterval = 300
        var loop: Task<Void, Never>?
        var installed = false
    }

    init(stores: @escaping @Sendable () -> Stores?, logger: Logger) { self.stores = stores; self.logger = logger }

    /// Adds a job, replacing one of the same name.
    public func register(_ job: ScheduledJob) {
        state.withLockedValue { state in
            state.jobs.removeAll { $0.name == job.name }
            state.jobs.append(job)
        }
    }

    public var registered: [String] { state.withLockedValue { $0.jobs.map(\.name) } }

    /// Seconds between passes once booted; 0 turns the loop off. Set it before boot.
    public var interval: TimeInterval {
        get { state.withLockedValue { $0.interval } }
        set { state.withLockedValue { $0.interval = newValue } }
    }

    /// How long a claimed run may take before another server may take the job over.
    public var leaseSeconds: TimeInterval {
        get { state.withLockedValue { $0.leaseSeconds } }
        set { state.withLockedValue { $0.leaseSeconds = newValue } }
    }

    /// Claims and runs, one after another, each registered job that is due at `now`. Returns what ran here.
    @discardableResult
    public func runDue(now: Date) async -> [JobRun] {
        guard let stores = stores() else { return [] }
        let (jobs, lease) = state.withLockedValue { ($0.jobs, $0.leaseSeconds) }
        var runs: [JobRun] = []
        for job in jobs {
            do {
                try await ensure(job, stores: stores, now: now)
                guard try await stores.jobs.claim(name: job.name, now: now, leaseSeconds: lease, owner: owner) else { continue }
                runs.append(await run(job, stores: stores, now: now))
            } catch {
                logger.error("job \(job.name) could not be claimed: \(String(reflecting: error))")
            }
        }
        return runs
    }

    private func ensure(_ job: ScheduledJob, stores: Stores, now: Date) async throws {
        guard !state.withLockedValue({ $0.known.contains(job.name) }) else { return }
        try await stores.jobs.ensure(name: job.name, firstRunAt: job.firstRun(now))
        state.withLockedValue { _ = $0.known.insert(job.name) }
    }

    private func run(_ job: ScheduledJob, stores: Stores, now: Date) async -> JobRun {
        var failure: String?
        do {
            try await job.run(JobContext(stores: stores, logger: logger, now: now))
        } catch {
            failure = String(describing: error)
            logger.error("job \(job.name) failed: \(failure ?? "")")
        }
        do {
            try await stores.jobs.finish(name: job.name, owner: owner, nextRunAt: job.nextRun(now),
                                         finishedAt: stores.clock.now(), error: failure)
        } catch {
            // The lease then expires and the job runs again: jobs are idempotent.
            logger.error("job \(job.name) could not record its end: \(String(reflecting: error))")
        }
        return JobRun(name: job.name, error: failure)
    }
}
