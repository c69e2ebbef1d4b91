import Domain
import FluentKit
import Foundation
import Persistence
import Testing

/// Deliveries go pending → (retry …) → delivered or failed; a leased row goes to one dispatcher at a time.
@Suite struct OutboxStoreTests {
    static let t0 = Date(timeIntervalSince1970: 1_795_000_000)
    static let robot = OutboxTarget.robot(.init(UUID()))

    private func withOutbox(servers count: Int = 1, _ body: ([Stores], School.ID) async throws -> Void) async throws {
        try await TestDatabases.with { db in
            try await db.migrate()
            let servers = db.servers(count)
            let school = School.ID(UUID())
            try await servers[0].schools.create(School(id: school, code: "outbox", name: "测试大学"))
            try await body(servers, school)
        }
    }

    @Test func claim_retry_deliver() async throws {
        try await withOutbox { servers, school in
            // setup
            let outbox = servers[0].outbox
            let id = try await outbox.enqueue(Self.robot, payload: #"{"text":"支部大会提醒"}"#, school: school, now: Self.t0)
            // MUT: the first attempt is throttled
            let first = try await outbox.claimDue(now: Self.t0, limit: 10, leaseSeconds: 120)
            #expect(first.map(\.id) == [id] && first[0].payload == #"{"text":"支部大会提醒"}"# && first[0].target == Self.robot)
            #expect(try await outbox.claimDue(now: Self.t0, limit: 10, leaseSeconds: 120).isEmpty, "leased")
            try await outbox.scheduleRetry(id, attempts: 1, nextAttemptAt: Self.t0.addingTimeInterval(30), error: "45009 freq")
            // validate: pending until the retry is due, then claimable; delivered after that
            var entry = try #require(try await outbox.find(id))
            #expect(entry.status == .pending && entry.attempts == 1 && entry.lastError == "45009 freq")
            #expect(try await outbox.claimDue(now: Self.t0.addingTimeInterval(29), limit: 10, leaseSeconds: 120).isEmpty)
            #expect(try await outbox.claimDue(now: Self.t0.addingTimeInterval(30), limit: 10, leaseSeconds: 120).map(\.id) == [id])
            try await outbox.markDelivered(id, at: Self.t0.addingTimeInterval(31))
            entry = try #require(try await outbox.find(id))
            #expect(entry.status == .delivered && entry.attempts == 2 && entry.deliveredAt == Self.t0.addingTimeInterval(31))
            #expect(entry.lastError == nil)
            #expect(try await outbox.claimDue(now: Self.t0.addingTimeInterval(9999), limit: 10, leaseSeconds: 120).isEmpty)
        }
    }

    @Test func failed_isNeverClaimedAgain() async throws {
        try await withOutbox { servers, school in
            let outbox = servers[0].outbox
            let id = try await outbox.enqueue(Self.robot, payload: "{}", school: school, now: Self.t0)
            _ = try await outbox.claimDue(now: Self.t0, limit: 10, leaseSeconds: 120)
            // MUT
            try await outbox.markFailed(id, attempts: 1, error: "93000 invalid webhook url")
            // validate
            let entry = try #require(try await outbox.find(id))
            #expect(entry.status == .failed && entry.attempts == 1 && entry.lastError == "93000 invalid webhook url")
            #expect(try await outbox.claimDue(now: Self.t0.addingTimeInterval(86_400), limit: 10, leaseSeconds: 120).isEmpty)
        }
    }

    @Test func expiredLease_isClaimedAgain() async throws {
        try await withOutbox { servers, school in
            let outbox = servers[0].outbox
            let id = try await outbox.enqueue(Self.robot, payload: "{}", school: school, now: Self.t0)
            #expect(try await outbox.claimDue(now: Self.t0, limit: 10, leaseSeconds: 120).count == 1)
            // MUT + validate: the dispatcher that leased it died
            #expect(try await outbox.claimDue(now: Self.t0.addingTimeInterval(119), limit: 10, leaseSeconds: 120).isEmpty)
            #expect(try await outbox.claimDue(now: Self.t0.addingTimeInterval(121), limit: 10, leaseSeconds: 120).map(\.id) == [id])
        }
    }

    @Test func concurrentDispatchers_neverShareARow() async throws {
        try await withOutbox(servers: 4) { servers, school in
            // setup
            var enqueued: Set<OutboxEntry.ID> = []
            for index in 0..<12 {
                enqueued.insert(try await servers[0].outbox.enqueue(Self.robot, payload: "\(index)", school: school,
                                                                     now: Self.t0.addingTimeInterval(Double(index))))
            }
            // MUT
            let claims = try await withThrowingTaskGroup(of: [OutboxEntry.ID].self) { group in
                for stores in servers {
                    group.addTask { try await stores.outbox.claimDue(now: Self.t0.addingTimeInterval(60), limit: 5, leaseSeconds: 120).map(\.id) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            // validate
            let all = claims.flatMap { $0 }
            #expect(all.count == 12 && Set(all) == enqueued, "\(claims.map(\.count)) on \(TestDatabases.engine)")
        }
    }

    @Test func enqueue_belongsToTheCallersTransaction_andSealsThePayload() async throws {
        try await TestDatabases.with { db in
            try await db.migrate()
            let stores = db.servers(1)[0]
            let school = School.ID(UUID())
            try await stores.schools.create(School(id: school, code: "outbox", name: "测试大学"))
            // MUT: a change that fails takes its delivery with it
            struct Refused: Error {}
            await #expect(throws: Refused.self) {
                try await stores.database.transaction { tx in
                    try await stores.outbox.enqueue(Self.robot, payload: "rolled back", school: school, now: Self.t0, on: tx)
                    throw Refused()
                }
            }
            try await stores.database.transaction { tx in
                try await stores.outbox.enqueue(Self.robot, payload: #"{"text":"13800138000 请参会"}"#, school: school, now: Self.t0, on: tx)
            }
            // validate
            #expect(try await stores.outbox.claimDue(now: Self.t0, limit: 10, leaseSeconds: 60).map(\.payload) == [#"{"text":"13800138000 请参会"}"#])
            let raw = try await db.database.sqlRows("SELECT payload FROM outbox").joined()
            #expect(!raw.contains("13800138000") && !raw.contains("请参会"))
        }
    }
}
