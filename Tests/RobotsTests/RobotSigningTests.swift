import Foundation
@testable import Robots
import Testing

/// Expected values were computed independently with Python's hmac, hashlib, base64 and urllib.parse.quote_plus.
@Suite struct RobotSigningTests {
    static let dingSecret = "SEC0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcd"
    static let t0 = Date(timeIntervalSince1970: 1_795_000_000)

    @Test func dingTalk_signsMillisecondsAndSecret_urlEncoded() {
        // base64 "MLbhvGkLkIPOSU9rckQqX69p6+zD8zWq8VzbX/UR4S4=": every one of + / = must be escaped.
        #expect(RobotSigning.dingTalk(secret: Self.dingSecret, timestampMilliseconds: 1_795_000_000_000)
            == "MLbhvGkLkIPOSU9rckQqX69p6%2BzD8zWq8VzbX%2FUR4S4%3D")
        #expect(RobotSigning.dingTalk(secret: Self.dingSecret, timestampMilliseconds: 1_795_000_000_123)
            == "ULz1HLb7QAx7jB3I%2BjckRj2kDmrJFpjqrjgVC32Q3Xw%3D")
    }

    @Test func feishu_signsWithSwappedKeyAndMessage_inSeconds_notEncoded() {
        #expect(RobotSigning.feishu(secret: "fs3cr3tXYZ", timestampSeconds: 1_795_000_000)
            == "FOihXDtdJpdkHjlL1V9ZMJsD76/ZfWnl06t/mptc+NQ=")
    }

    @Test func dingTalkRequest_appendsTimestampAndSign_toTheAddress() throws {
        // setup
        let hook = try RobotWebhook(url: "https://oapi.dingtalk.com/robot/send?access_token=abc123", secret: Self.dingSecret)
        // MUT
        let request = hook.request(for: RobotMessage(text: "提醒"), now: Self.t0)
        // validate
        #expect(request.url == "https://oapi.dingtalk.com/robot/send?access_token=abc123"
            + "&timestamp=1795000000000&sign=MLbhvGkLkIPOSU9rckQqX69p6%2BzD8zWq8VzbX%2FUR4S4%3D")
    }

    @Test func feishuRequest_carriesSecondsAndSign_inTheBody() throws {
        // setup
        let hook = try RobotWebhook(url: "https://open.feishu.cn/open-apis/bot/v2/hook/0f1e2d3c-aaaa", secret: "fs3cr3tXYZ")
        // MUT
        let request = hook.request(for: RobotMessage(text: "三会一课提醒"), now: Self.t0)
        // validate
        #expect(request.url == "https://open.feishu.cn/open-apis/bot/v2/hook/0f1e2d3c-aaaa")
        let body = try #require(try JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any])
        #expect(body["timestamp"] as? String == "1795000000")
        #expect(body["sign"] as? String == "FOihXDtdJpdkHjlL1V9ZMJsD76/ZfWnl06t/mptc+NQ=")
        #expect(body["msg_type"] as? String == "text")
        #expect((body["content"] as? [String: Any])?["text"] as? String == "三会一课提醒")
    }

    @Test func unsignedRobots_sendTheBareAddress() throws {
        let hook = try RobotWebhook(url: "https://oapi.dingtalk.com/robot/send?access_token=abc123")
        #expect(hook.request(for: RobotMessage(text: "x"), now: Self.t0).url == "https://oapi.dingtalk.com/robot/send?access_token=abc123")
        let feishu = try RobotWebhook(url: "https://open.feishu.cn/open-apis/bot/v2/hook/abc")
        let body = try #require(try JSONSerialization.jsonObject(with: Data(feishu.request(for: RobotMessage(text: "x"), now: Self.t0).body)) as? [String: Any])
        #expect(body["sign"] == nil && body["timestamp"] == nil)
    }
}
