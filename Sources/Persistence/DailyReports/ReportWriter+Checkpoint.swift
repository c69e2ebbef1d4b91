import Foundation
import NIOPosix

/// On SQLite the writer's connection never checkpoints: a checkpoint copies the WAL's pages into the database
/// and fsyncs it, tens of milliseconds that every request of the group would wait for. Instead, while groups
/// commit, a second connection on a thread of its own checkpoints every quarter second, PASSIVE (it never
/// waits for the writer or the readers; what it cannot copy now it copies next time). Often, so that each
/// fsync of the database is small (once a second, the whole school's summary showed stalls of about 0.2 s).
extension ReportWriter {
    static let checkpointInterval: Duration = .milliseconds(250)

    func checkpointIfDue() {
        guard case .sqlite(let path) = target, !isCheckpointing,
              ContinuousClock.now - lastCheckpoint >= Self.checkpointInterval else { return }
        isCheckpointing = true
        let opened = checkpointer, thread = checkpointThread, logger = logger
        Task {
            do {
                let connection = try await thread.runIfActive {
                    let connection = try opened ?? WriterSQLite(path: path)
                    try connection.checkpoint()
                    return connection
                }
                checkpointed(connection)
            } catch {
                logger.warning("daily report writer: WAL checkpoint failed: \(String(describing: error))")
                checkpointed(nil)
            }
        }
    }

    private func checkpointed(_ connection: WriterSQLite?) {
        if let connection { checkpointer = connection }
        lastCheckpoint = .now
        isCheckpointing = false
    }

    func closeCheckpointer() async {
        guard let checkpointer else { return }
        self.checkpointer = nil
        _ = try? await checkpointThread.runIfActive { checkpointer.close() }
    }
}
