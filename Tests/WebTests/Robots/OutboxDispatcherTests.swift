import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// The outbox dispatcher posts queued messages with the injected transport and reads the robots' answers.
    @Suite struct OutboxDispatcherTests {
        @Test func testMessage_isDelivered_byTheJob_notByTheRequest() async throws {
            let clock = ManualClock(t0)
            try await withApp(clock: clock, demoMode: true) { app in
                // setup
                let robot = FakeRobotTransport()
                app.robotTransport = robot
                let browser = try await RobotFixtures.registered(app)
                let id = try #require(try await RobotFixtures.robots(app).first).id
                // MUT
                let answer = try await browser.post("/organizations/\(RobotFixtures.branch.rawValue)/robots/\(id.rawValue)/test", form: [:])
                #expect(answer.status == .seeOther && robot.sent.isEmpty)
                let runs = await app.jobs.runDue(now: clock.clock.now())
                // validate
                #expect(runs.contains(JobRun(name: "outbox", error: nil)) && runs.allSatisfy { $0.error == nil })
                #expect(robot.sent(containing: RobotFixtures.testMark).count == 1)
                #expect(robot.sent(containing: RobotFixtures.testMark).first?.url == RobotFixtures.weComURL)
                #expect(try await RobotFixtures.testDeliveries(app).map(\.status) == [.delivered])
                let page = try await browser.get("/organizations/\(RobotFixtures.branch.rawValue)/robots")
                #expect(page.body.string.contains("已送达"))
            }
        }

        @Test func throttled_isRetriedWithBackoff_untilDelivered() async throws {
            let clock = ManualClock(t0)
            try await withApp(clock: clock, demoMode: true) { app in
                // setup
                let busy = #"{"errcode":45009,"errmsg":"api freq out of limit"}"#
                let robot = FakeRobotTransport([.reply(200, busy), .reply(200, busy)])
                app.robotTransport = robot
                let browser = try await RobotFixtures.registered(app)
                let id = try #require(try await RobotFixtures.robots(app).first).id
                try await browser.post("/organizations/\(RobotFixtures.branch.rawValue)/robots/\(id.rawValue)/test", form: [:])
                // MUT + validate: 45009 at once, again 30 s later, then delivered 2 min after that
                await app.jobs.runDue(now: clock.clock.now())
                var entry = try #require(try await RobotFixtures.testDeliveries(app).first)
                #expect(entry.status == .pending && entry.attempts == 1 && entry.nextAttemptAt == t0.addingTimeInterval(30))
                #expect(entry.lastError?.contains("45009") == true)
                clock.advance(by: 29)
                await app.jobs.runDue(now: clock.clock.now())
                #expect(robot.sent(containing: RobotFixtures.testMark).count == 1, "job not due yet")
                clock.advance(by: 1)
                await app.jobs.runDue(now: clock.clock.now())
                entry = try #require(try await RobotFixtures.testDeliveries(app).first)
                #expect(robot.sent(containing: RobotFixtures.testMark).count == 2 && entry.attempts == 2 && entry.nextAttemptAt == t0.addingTimeInterval(150))
                clock.advance(by: 60)
                await app.jobs.runDue(now: clock.clock.now())
                #expect(robot.sent(containing: RobotFixtures.testMark).count == 2, "retry not due yet")
                clock.advance(by: 60)
                await app.jobs.runDue(now: clock.clock.now())
                entry = try #require(try await RobotFixtures.testDeliveries(app).first)
                #expect(robot.sent(containing: RobotFixtures.testMark).count == 3 && entry.status == .delivered && entry.attempts == 3)
            }
        }

        @Test func badKey_stopsAtOnce() async throws {
            let clock = ManualClock(t0)
            try await withApp(clock: clock, demoMode: true) { app in
                // setup
                let robot = FakeRobotTransport([.reply(200, #"{"errcode":93000,"errmsg":"invalid webhook url"}"#)])
                app.robotTransport = robot
                let browser = try await RobotFixtures.registered(app)
                let id = try #require(try await RobotFixtures.robots(app).first).id
                try await browser.post("/organizations/\(RobotFixtures.branch.rawValue)/robots/\(id.rawValue)/test", form: [:])
                // MUT
                await app.jobs.runDue(now: clock.clock.now())
                let page = try await browser.get("/organizations/\(RobotFixtures.branch.rawValue)/robots")
                clock.advance(by: 86_400)
                await app.jobs.runDue(now: clock.clock.now())
                // validate
                #expect(robot.sent(containing: RobotFixtures.testMark).count == 1)
                let entry = try #require(try await RobotFixtures.testDeliveries(app).first)
                #expect(entry.status == .failed && entry.attempts == 1 && entry.lastError == "93000 invalid webhook url")
                #expect(page.body.string.contains("发送失败：93000 invalid webhook url"))
            }
        }

        @Test func unreachableRobot_neverFailsTheRequest_andGivesUpAfterSixAttempts() async throws {
            let clock = ManualClock(t0)
            try await withApp(clock: clock, demoMode: true) { app in
                // setup
                let robot = FakeRobotTransport(Array(repeating: .fail, count: 10))
                app.robotTransport = robot
                let browser = try await RobotFixtures.registered(app)
                let id = try #require(try await RobotFixtures.robots(app).first).id
                // MUT
                let answer = try await browser.post("/organizations/\(RobotFixtures.branch.rawValue)/robots/\(id.rawValue)/test", form: [:])
                for wait in [0, 30, 120, 600, 3600, 21_600, 86_400] as [TimeInterval] {
                    clock.advance(by: wait)
                    let runs = await app.jobs.runDue(now: clock.clock.now())
                    #expect(runs.allSatisfy { $0.error == nil })
                }
                // validate
                #expect(answer.status == .seeOther)
                #expect(answer.headers.first(name: .location)?.hasSuffix("/robots?queued=1") == true)
                #expect(robot.sent(containing: RobotFixtures.testMark).count == 6)
                let entry = try #require(try await RobotFixtures.testDeliveries(app).first)
                #expect(entry.status == .failed && entry.attempts == 6 && entry.lastError?.hasPrefix("no answer") == true)
            }
        }
    }
}
