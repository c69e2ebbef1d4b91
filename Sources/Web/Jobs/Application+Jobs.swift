import Vapor

extension Application {
    private struct JobRunnerKey: StorageKey { typealias Value = JobRunner }

    /// The scheduled jobs of this application: features call `app.jobs.register(_:)` while configuring.
    public var jobs: JobRunner {
        if let runner = storage[JobRunnerKey.self] { return runner }
        let runner = JobRunner(stores: { [weak self] in self?.stores }, logger: logger)
        storage[JobRunnerKey.self] = runner
        return runner
    }

    /// Installs the runner (once) with the built-in jobs: the outbox dispatcher. The loop stays off until
    /// `jobs.interval` is set; `zhibu serve` sets it, tests and other commands call `jobs.runDue(now:)`.
    public func useJobs() {
        let runner = jobs
        let isNew = runner.state.withLockedValue { state in
            defer { state.installed = true }
            return !state.installed
        }
        if isNew { lifecycle.use(runner) }
        runner.register(OutboxDispatcher.job(transport: robotTransportBox))
    }
}
