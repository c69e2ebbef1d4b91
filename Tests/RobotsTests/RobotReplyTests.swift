@testable import Robots
import Testing

@Suite struct RobotReplyTests {
    enum Expected: Sendable { case delivered, retry, reject }

    static let table: [(RobotKind, Int, String, Expected)] = [
        (.wecom, 200, #"{"errcode":0,"errmsg":"ok"}"#, .delivered),
        (.wecom, 200, #"{"errcode":45009,"errmsg":"api freq out of limit"}"#, .retry),
        (.wecom, 200, #"{"errcode":-1,"errmsg":"system busy"}"#, .retry),
        (.wecom, 200, #"{"errcode":93000,"errmsg":"invalid webhook url"}"#, .reject),
        (.wecom, 200, #"{"errcode":40008,"errmsg":"invalid message type"}"#, .reject),
        (.dingtalk, 200, #"{"errcode":0,"errmsg":"ok"}"#, .delivered),
        (.dingtalk, 200, #"{"errcode":130101,"errmsg":"send too fast"}"#, .retry),
        (.dingtalk, 200, #"{"errcode":310000,"errmsg":"keywords not in content"}"#, .reject),
        (.dingtalk, 200, #"{"errcode":300001,"errmsg":"token is not exist"}"#, .reject),
        (.feishu, 200, #"{"StatusCode":0,"StatusMessage":"success","code":0,"data":{},"msg":"success"}"#, .delivered),
        (.feishu, 400, #"{"code":11232,"msg":"frequency limited"}"#, .retry),
        (.feishu, 200, #"{"code":19021,"msg":"sign match fail or timestamp is not within one hour from current time"}"#, .reject),
        (.wecom, 429, "", .retry),
        (.wecom, 500, "<html>", .retry),
        (.dingtalk, 502, "", .retry),
        (.feishu, 503, #"{"code":0}"#, .retry),
        (.wecom, 404, "", .reject),
        (.dingtalk, 403, #"{"errcode":0}"#, .reject),
        (.wecom, 200, "<html>portal</html>", .retry),
    ]

    @Test(arguments: 0..<table.count)
    func classification_followsStatusAndErrcode(_ row: Int) {
        // setup
        let (kind, status, body, expected) = Self.table[row]
        // MUT
        let reply = RobotReply(kind: kind, status: status, body: Array(body.utf8))
        // validate
        switch (reply, expected) {
        case (.delivered, .delivered), (.retryLater, .retry), (.rejected, .reject): break
        default: Issue.record("\(kind) \(status) \(body) → \(reply), expected \(expected)")
        }
    }

    @Test func rejection_keepsTheRobotsCodeAndMessage() {
        let reply = RobotReply(kind: .wecom, status: 200, body: Array(#"{"errcode":93000,"errmsg":"invalid webhook url"}"#.utf8))
        #expect(reply == .rejected("93000 invalid webhook url"))
    }

    @Test func networkFailure_isRetryable() {
        struct Refused: Error {}
        guard case .retryLater = RobotReply.unanswered(Refused()) else { Issue.record("not retryable"); return }
    }
}
