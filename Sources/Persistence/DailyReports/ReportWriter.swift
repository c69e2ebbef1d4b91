import Domain
import FluentPostgresDriver
import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit

/// The one writer of daily reports (group commit). Requests queue here; the writer takes up to
/// `maximumGroup` of them, commits them in one transaction with the per-class counters, and only then
/// answers each request. At the morning peak this turns thousands of fsyncs a second into a few dozen,
/// and an acknowledged report is on disk (SQLite WAL with synchronous=FULL; PostgreSQL synchronous_commit).
/// The writer runs on an event loop of its own with a connection of its own (`WriterSQLite`, `WriterPostgres`).
public actor ReportWriter {
    let target: ReportWriterTarget
    private let loops: MultiThreadedEventLoopGroup
    /// SQLite's calls block: they run on a thread of the writer's own, never queued behind the requests' reads.
    private let sqliteThread: NIOThreadPool
    /// The WAL's checkpoints, on a thread and connection of their own (ReportWriter+Checkpoint).
    let checkpointThread: NIOThreadPool
    var checkpointer: WriterSQLite?
    var lastCheckpoint = ContinuousClock.now
    var isCheckpointing = false
    private let executor: any SerialExecutor
    private var postgres: WriterPostgres?
    private var sqlite: WriterSQLite?
    let logger: Logger
    public let maximumGroup: Int
    private var pending: [Waiting] = []
    /// Summaries waiting for a fresh copy of a day's counters (see ReportWriter+Counters).
    var countsWanted: [CountsWanted] = []
    var counts: [DayOfSchool: DayCounts] = [:]
    var refreshing: Set<DayOfSchool> = []
    private var isDraining = false
    /// Groups committed and reports in them, for the benchmark's report.
    public private(set) var groupsCommitted = 0
    public private(set) var reportsCommitted = 0
    public private(set) var commitTime: Duration = .zero

    struct Waiting {
        var submission: ReportSubmission
        var continuation: CheckedContinuation<ReportReceipt, any Error>
    }

    public init(target: ReportWriterTarget, maximumGroup: Int = 512, logger: Logger = Logger(label: "zhibu.reports")) {
        self.target = target; self.maximumGroup = maximumGroup; self.logger = logger
        loops = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        executor = loops.next().executor
        sqliteThread = NIOThreadPool(numberOfThreads: 1)
        checkpointThread = NIOThreadPool(numberOfThreads: 1)
        if case .sqlite = target { sqliteThread.start(); checkpointThread.start() }
    }

    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    /// Closes the connection and stops the writer's loop (when the application shuts down). Nonisolated:
    /// the loop cannot wait for its own end.
    public nonisolated func shutdown() async {
        await closeConnection()
        if case .sqlite = target {
            try? await sqliteThread.shutdownGracefully()
            try? await checkpointThread.shutdownGracefully()
        }
        try? await loops.shutdownGracefully()
    }

    private func closeConnection() async {
        await postgres?.close()
        postgres = nil
        if let sqlite {
            self.sqlite = nil
            _ = try? await sqliteThread.runIfActive(eventLoop: loops.next()) { sqlite.close() }.value()
        }
        await closeCheckpointer()
    }

    /// On SQLite the group is one job on the writer's thread; on PostgreSQL its statements go from the writer's
    /// loop to the server and back.
    private func commit(_ group: ReportGroup) async throws
        -> (outcomes: [Result<ReportReceipt, any Error>], counts: [ReportGroupPlan.CountKey: ReportGroupPlan.CountDelta]) {
        guard case .sqlite = target else { return try await group.commit(on: try await postgresConnection()) }
        await SQLiteWriteQueue.shared.acquire()
        defer { SQLiteWriteQueue.shared.release() }
        let committed = try await onSQLite { try group.commit(onSQLite: $0) }
        checkpointIfDue()
        return committed
    }

    /// Runs a job on the writer's SQLite thread with its connection (opened by the first job).
    func onSQLite<T: Sendable>(_ job: @escaping @Sendable (WriterSQLite) throws -> T) async throws -> T {
        guard case .sqlite(let path) = target else { preconditionFailure("the writer's target is not SQLite") }
        let opened = sqlite
        let (result, connection) = try await sqliteThread.runIfActive(eventLoop: loops.next()) {
            let connection = try opened ?? WriterSQLite(path: path, checkpoints: false)
            return (try job(connection), connection)
        }.value()
        sqlite = connection
        return result
    }

    /// The writer's PostgreSQL connection, opened on first use and again after the server closed it.
    func postgresConnection() async throws -> WriterPostgres {
        guard case .postgres(let configuration) = target else { preconditionFailure("the writer's target is not PostgreSQL") }
        if let postgres, !postgres.isClosed { return postgres }
        let opened = try await WriterPostgres.connect(configuration, on: loops.next(), logger: logger)
        postgres = opened
        return opened
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
        while !pending.isEmpty || !countsWanted.isEmpty {
            if !countsWanted.isEmpty { await readWantedCopies() }
            guard !pending.isEmpty else { continue }
            let group = Array(pending.prefix(maximumGroup))
            pending.removeFirst(group.count)
            let outcomes: [Result<ReportReceipt, any Error>]
            let started = ContinuousClock.now
            do {
                let committed = try await commit(ReportGroup(submissions: group.map(\.submission)))
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
}

/// Where the writer's own connection goes: the database of the requests' pool.
public enum ReportWriterTarget: Sendable {
    case sqlite(path: String)
    case postgres(SQLPostgresConfiguration)
}
