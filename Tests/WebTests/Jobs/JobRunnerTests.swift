import Domain
import Foundation
import NIOConcurrencyHelpers
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// The runner claims each due job once, records failures without stopping, and schedules the next run.
    @Suite struct JobRunnerTests {
        @Test func failingJob_isRecorded_andTheOthersStillRun() async throws {
            try await withApp(seeded: false) { app in
                // setup
                let counts = NIOLockedValueBox<[String: Int]>([:])
                struct Broken: Error {}
                app.jobs.register(.every(60, name: "broken") { _ in
                    counts.withLockedValue { $0["broken", default: 0] += 1 }
                    throw Broken()
                })
                let nows = NIOLockedValueBox<[Date]>([])
                app.jobs.register(.every(60, name: "fine") { context in
                    nows.withLockedValue { $0.append(context.now) }
                    counts.withLockedValue { $0["fine", default: 0] += 1 }
                })
                // MUT
                let first = await app.jobs.runDue(now: t0)
                let early = await app.jobs.runDue(now: t0.addingTimeInterval(59))
                let again = await app.jobs.runDue(now: t0.addingTimeInterval(60))
                // validate (other features' jobs run beside these; the outbox runs every 30 s)
                #expect(Set(first.map(\.name)).isSuperset(of: ["outbox", "broken", "fine"]))
                #expect(first.first { $0.name == "broken" }?.error?.contains("Broken") == true)
                #expect(first.filter { $0.name != "broken" }.allSatisfy { $0.error == nil })
                #expect(early.map(\.name).contains("outbox") && !early.map(\.name).contains("fine"))
                #expect(Set(again.map(\.name)).isSuperset(of: ["broken", "fine"]))
                #expect(counts.withLockedValue { $0 } == ["broken": 2, "fine": 2])
                #expect(nows.withLockedValue { $0 } == [t0, t0.addingTimeInterval(60)])
                let state = try #require(try await app.stores.jobs.find(name: "broken"))
                #expect(state.leaseOwner == nil && state.nextRunAt == t0.addingTimeInterval(120) && state.lastError?.contains("Broken") == true)
            }
        }

        @Test func twoServers_runADueJobOnce() async throws {
            try await withApp(seeded: false) { app in
                // setup: a second runner on the same database stands for another app server
                let runs = NIOLockedValueBox(0)
                let job = ScheduledJob.every(60, name: "digest") { _ in runs.withLockedValue { $0 += 1 } }
                let other = JobRunner(stores: { app.stores }, logger: app.logger)
                app.jobs.register(job)
                other.register(job)
                // MUT
                async let a = app.jobs.runDue(now: t0)
                async let b = other.runDue(now: t0)
                _ = await (a, b)
                // validate
                #expect(runs.withLockedValue { $0 } == 1)
            }
        }

        @Test func dailyJob_runsAtTheSchoolsWallClockTime() {
            // 2026-11-18 09:30 in Shanghai is 01:30 UTC; the next 08:00 there is 2026-11-19 00:00 UTC.
            let job = ScheduledJob.daily(at: 8, name: "reminders") { _ in }
            let now = ISO8601DateFormatter().date(from: "2026-11-18T01:30:00Z")!
            #expect(job.firstRun(now) == ISO8601DateFormatter().date(from: "2026-11-19T00:00:00Z")!)
        }
    }
}
