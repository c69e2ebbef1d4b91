import Domain
import FluentKit
import Foundation
import Logging
import SQLKit

/// The one writer of daily reports (group commit). Requests queue here; the writer takes up to
/// `maximumGroup` of them, commits them in one transaction with the per-class counters, and only then
/// answers each request. At the morning peak this turns thousands of fsyncs a second into a few dozen,
/// and an acknowledged report is on disk (SQLite WAL with synchronous=FULL; PostgreSQL synchronous_commit).
public actor ReportWriter {
    let database: any Database
    let logger: Logger
    public let maximumGroup: Int
    private var pending: [Waiting] = []
    /// Summaries waiting for a fresh copy of a day's counters (see ReportWriter+Counters).
    var countsWanted: [CountsWanted] = []
    var counts: [DayOfSchool: DayCounts] = [:]
    var refreshing: Set<DayOfSchool> = []
    private var isDraining = false
    private var isPrepared = false
    /// Groups committed and reports in them, for the benchmark's report.
    public private(set) var groupsCommitted = 0
    public private(set) var reportsCommitted = 0
    public private(set) var commitTime: Duration = .zero

    struct Waiting {
        var submission: ReportSubmission
        var continuation: CheckedContinuation<ReportReceipt, any Error>
    }

    public init(database: any Database, maximumGroup: Int = 512, logger: Logger = Logger(label: "zhibu.reports")) {
        self.database = database; self.maximumGroup = maximumGroup; self.logger = logger
    }

    /// Queues the report and returns once the transaction holding it has committed.
    public func submit(_ submission: ReportSubmission) async throws -> ReportReceipt {
        try await withCheckedThrowingContinuation { continuation in
            pending.append(Waiting(submission: submission, continuation: continuation))
            startDraining()
        }
    }

    func startDraining() {
        guard !isDraining else { return }
        isDraining = true
        Task { await drain() }
    }

    /// Commits groups until the queue is empty. While a group commits the actor is free, so the next
    /// group gathers behind it: the busier the server, the larger the groups. Copies of the counters are
    /// read here too, between two groups, so that none of this writer's commits is half in a copy.
    private func drain() async {
        if !isPrepared { await prepare() }
        while !pending.isEmpty || !countsWanted.isEmpty {
            if !countsWanted.isEmpty { await readWantedCopies() }
            guard !pending.isEmpty else { continue }
            let group = Array(pending.prefix(maximumGroup))
            pending.removeFirst(group.count)
            let outcomes: [Result<ReportReceipt, any Error>]
            let started = ContinuousClock.now
            do {
                let committed = try await ReportGroup(submissions: group.map(\.submission)).commit(on: database)
                outcomes = committed.outcomes
                add(committed.counts)
                commitTime += ContinuousClock.now - started
                groupsCommitted += 1
                reportsCommitted += outcomes.count { if case .success = $0 { true } else { false } }
                if groupsCommitted % 500 == 0 { logProgress() }
            } catch {
                logger.error("daily report group of \(group.count) failed: \(String(reflecting: error))")
                outcomes = Array(repeating: .failure(error), count: group.count)
            }
            for (waiting, outcome) in zip(group, outcomes) { waiting.continuation.resume(with: outcome) }
        }
        isDraining = false
    }

    /// Groups, their mean size and commit time: what the operator looks at when the morning peak is slow.
    private func logProgress() {
        let ms = Double(commitTime.components.seconds) * 1000 + Double(commitTime.components.attoseconds) / 1e15
        logger.notice("daily report writer: \(groupsCommitted) groups, \(reportsCommitted) reports, mean group \(reportsCommitted / max(1, groupsCommitted)), mean commit \(String(format: "%.1f", ms / Double(max(1, groupsCommitted)))) ms")
    }

    /// On SQLite, `synchronous` is a setting of the connection: the writer's own is set to FULL, so that a
    /// committed group survives a power loss, whatever the library was compiled with.
    private func prepare() async {
        isPrepared = true
        guard let sql = database as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        do {
            try await sql.raw("PRAGMA synchronous=FULL").run()
            let level = try await sql.raw("PRAGMA synchronous").first()?.decode(column: "synchronous", as: Int.self)
            logger.info("daily report writer: SQLite synchronous=\(level.map(String.init) ?? "?") (2 = FULL)")
        } catch {
            logger.error("daily report writer could not set synchronous=FULL: \(String(reflecting: error))")
        }
    }
}
