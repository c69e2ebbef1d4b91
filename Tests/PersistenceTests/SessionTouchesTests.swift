import Domain
import FluentKit
import Foundation
import Persistence
import SQLKit
import Testing

/// A session met again is noted, and its last-seen time written with the round's others in one statement.
@Suite struct SessionTouchesTests {
    static let t0 = Date(timeIntervalSince1970: 1_795_000_000)

    @Test func sessionMetAgain_isWrittenByTheRound_notAtOnce() async throws {
        try await TestDatabases.with { db in
            try await db.migrate()
            let manual = ManualClock(Self.t0)
            let stores = db.servers(1, clock: manual.clock)[0]
            let account = try await stores.accounts.create(
                login: "touch1", displayName: "测试", password: "x", school: nil, person: nil, isDemo: true,
                hasher: ScopeQueryTests.PlainHasher(), context: AuditContext(actor: .system, address: "test", now: Self.t0))
            let (token, session) = try await stores.sessions.start(for: account, kind: .bearer)
            let touches = SessionTouches()
            manual.advance(by: 60)
            // MUT: met again a minute later
            #expect(try await stores.sessions.resume(token, touches: touches) == session)
            // validate: not written at once; written by the round, at the round's time; then nothing is left to write
            #expect(try await lastSeen(session.id, in: db) == Self.t0)
            try await touches.write(on: db.database, at: Self.t0.addingTimeInterval(61))
            #expect(try await lastSeen(session.id, in: db) == Self.t0.addingTimeInterval(61))
            try await touches.write(on: db.database, at: Self.t0.addingTimeInterval(90))
            #expect(try await lastSeen(session.id, in: db) == Self.t0.addingTimeInterval(61))
        }
    }

    private func lastSeen(_ session: UUID, in db: TestDatabases) async throws -> Date? {
        try await db.sql.select().column("last_seen_at").from("sessions").where("id", .equal, SQLBind(session))
            .first()?.decode(column: "last_seen_at", as: Date.self)
    }
}
