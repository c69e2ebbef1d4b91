import Domain
import Foundation
import Persistence
import Testing

/// A scheduled job runs once however many servers claim it, and again after a crashed server's lease expires.
@Suite struct JobStoreTests {
    static let t0 = Date(timeIntervalSince1970: 1_795_000_000)

    @Test func concurrentClaimers_exactlyOneWins() async throws {
        try await TestDatabases.with { db in
            // setup
            try await db.migrate()
            let servers = db.servers(8)
            try await servers[0].jobs.ensure(name: "reminders", firstRunAt: Self.t0)
            for round in 0..<5 {
                let now = Self.t0.addingTimeInterval(Double(round) * 3600)
                // MUT
                let wins = try await withThrowingTaskGroup(of: Bool.self) { group in
                    for (index, stores) in servers.enumerated() {
                        group.addTask { try await stores.jobs.claim(name: "reminders", now: now, leaseSeconds: 60, owner: "server-\(index)") }
                    }
                    return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
                }
                // validate
                #expect(wins == 1, "round \(round) on \(TestDatabases.engine)")
                let owner = try #require(try await servers[0].jobs.find(name: "reminders")?.leaseOwner)
                try await servers[0].jobs.finish(name: "reminders", owner: owner, nextRunAt: now.addingTimeInterval(3600),
                                                 finishedAt: now.addingTimeInterval(1), error: nil)
            }
        }
    }

    @Test func expiredLease_isClaimableAgain_liveLeaseIsNot() async throws {
        try await TestDatabases.with { db in
            // setup
            try await db.migrate()
            let jobs = db.servers(1)[0].jobs
            try await jobs.ensure(name: "purge", firstRunAt: Self.t0)
            #expect(try await jobs.claim(name: "purge", now: Self.t0, leaseSeconds: 60, owner: "crashed"))
            // MUT + validate: the crashed server never finishes
            #expect(try await jobs.claim(name: "purge", now: Self.t0.addingTimeInterval(59), leaseSeconds: 60, owner: "b") == false)
            #expect(try await jobs.claim(name: "purge", now: Self.t0.addingTimeInterval(61), leaseSeconds: 60, owner: "b"))
            // The crashed server's late finish cannot free the lease it lost.
            try await jobs.finish(name: "purge", owner: "crashed", nextRunAt: Self.t0, finishedAt: Self.t0, error: nil)
            let state = try #require(try await jobs.find(name: "purge"))
            #expect(state.leaseOwner == "b" && state.lastStartedAt == Self.t0.addingTimeInterval(61))
        }
    }

    @Test func finish_schedulesTheNextRun_andRecordsTheError() async throws {
        try await TestDatabases.with { db in
            // setup
            try await db.migrate()
            let jobs = db.servers(1)[0].jobs
            try await jobs.ensure(name: "digest", firstRunAt: Self.t0.addingTimeInterval(10))
            #expect(try await jobs.claim(name: "digest", now: Self.t0, leaseSeconds: 60, owner: "a") == false, "not yet due")
            #expect(try await jobs.claim(name: "digest", now: Self.t0.addingTimeInterval(10), leaseSeconds: 60, owner: "a"))
            // MUT
            try await jobs.finish(name: "digest", owner: "a", nextRunAt: Self.t0.addingTimeInterval(100),
                                  finishedAt: Self.t0.addingTimeInterval(12), error: "robot down")
            // validate
            let state = try #require(try await jobs.find(name: "digest"))
            #expect(state.leaseOwner == nil && state.leaseUntil == nil)
            #expect(state.nextRunAt == Self.t0.addingTimeInterval(100) && state.lastError == "robot down")
            #expect(state.lastFinishedAt == Self.t0.addingTimeInterval(12))
            #expect(try await jobs.claim(name: "digest", now: Self.t0.addingTimeInterval(99), leaseSeconds: 60, owner: "a") == false)
            #expect(try await jobs.claim(name: "digest", now: Self.t0.addingTimeInterval(100), leaseSeconds: 60, owner: "a"))
            // ensure() again keeps the schedule it finds.
            try await jobs.ensure(name: "digest", firstRunAt: Self.t0)
            #expect(try await jobs.find(name: "digest")?.nextRunAt == Self.t0.addingTimeInterval(100))
        }
    }
}
