import FluentKit
import Foundation
import NIOConcurrencyHelpers

/// The sessions seen again since the last write of their last-seen times. A session met again is noted here instead
/// of being written at once: five minutes after a morning's logins every server meets tens of thousands of
/// sessions again, and one write transaction each would take the database's write turn from the daily reports.
/// `write` stores them all in one statement; a crash loses at most the notes of one round (a few seconds of
/// idle time, against a 30-minute limit).
public final class SessionTouches: Sendable {
    private let noted = NIOLockedValueBox<Set<UUID>>([])

    public init() {}

    func note(_ session: UUID) {
        _ = noted.withLockedValue { $0.insert(session) }
    }

    /// Writes the noted sessions' last-seen time (`now`, the time of the round).
    public func write(on database: any Database, at now: Date) async throws {
        let sessions = noted.withLockedValue { noted in defer { noted = [] }; return Array(noted) }
        guard !sessions.isEmpty else { return }
        do {
            try await database.writing { tx in
                for chunk in sessions.chunked(500) {
                    try await SessionRecord.query(on: tx).filter(\.$id ~~ Array(chunk))
                        .set(\.$lastSeenAt, to: now).set(\.$updatedAt, to: now).update()
                }
            }
        } catch {
            // Not written: noted again for the next round.
            noted.withLockedValue { $0.formUnion(sessions) }
            throw error
        }
    }
}
