import Domain
import Foundation
import NIOConcurrencyHelpers
import Persistence
import Robots
import Vapor
@testable import Web

/// A robot that remembers what it was sent and answers messages containing `mark` from the queued answers;
/// anything else (another feature's reminder to the same robot) and every send past the queue answers "ok".
final class FakeRobotTransport: RobotTransport, Sendable {
    enum Answer: Sendable { case reply(Int, String), fail }
    private let mark: String
    private let state = NIOLockedValueBox<(answers: [Answer], sent: [RobotRequest])>(([], []))

    init(_ answers: [Answer] = [], for mark: String = RobotFixtures.testMark) {
        self.mark = mark
        state.withLockedValue { $0.answers = answers }
    }

    var sent: [RobotRequest] { state.withLockedValue { $0.sent } }

    /// What was sent that contains `text`.
    func sent(containing text: String) -> [RobotRequest] {
        sent.filter { String(decoding: $0.body, as: UTF8.self).contains(text) }
    }

    func send(_ request: RobotRequest) async throws -> (status: Int, body: [UInt8]) {
        struct Unreachable: Error {}
        let marked = String(decoding: request.body, as: UTF8.self).contains(mark)
        let answer = state.withLockedValue { state -> Answer in
            state.sent.append(request)
            return !marked || state.answers.isEmpty ? .reply(200, #"{"errcode":0,"errmsg":"ok"}"#) : state.answers.removeFirst()
        }
        switch answer {
        case .reply(let status, let body): return (status, Array(body.utf8))
        case .fail: throw Unreachable()
        }
    }
}

enum RobotFixtures {
    static let weComKey = "693a91f6-7aaa-4bc4-97a0-0ec2sifa5aaa"
    static let weComURL = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=\(weComKey)"
    /// The branch of the demo's branch secretary `branch1`.
    static var branch: Organization.ID { TestWorld.first.account("branch1")!.assignments.compactMap(\.organizationID).first! }

    /// Logs in as branch1 and registers the WeCom robot through the page.
    static func registered(_ app: Application) async throws -> Browser {
        let browser = try Browser(app)
        _ = try await browser.login("branch1")
        let answer = try await browser.post("/organizations/\(branch.rawValue)/robots", form: ["name": "支委会群", "url": weComURL])
        guard answer.status == .seeOther else { throw Abort(answer.status, reason: "registration refused") }
        return browser
    }

    static func robots(_ app: Application) async throws -> [RegisteredRobot] {
        try await app.stores.robotWebhooks.list(organization: branch, scope: .system)
    }

    /// The outbox rows of the page's test message (other features may queue reminders to the same robot).
    static func testDeliveries(_ app: Application) async throws -> [OutboxEntry] {
        try await app.stores.outbox.recent(to: robots(app).map { .robot($0.id) }, limit: 50)
            .filter { $0.payload.contains(testMark) }
    }

    static let testMark = "测试消息"
}
