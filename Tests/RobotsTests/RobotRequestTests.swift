import Foundation
@testable import Robots
import Testing

@Suite struct RobotRequestTests {
    static let t0 = Date(timeIntervalSince1970: 1_795_000_000)

    @Test func utf8Prefix_neverSplitsAChineseCharacter() {
        // "党建" is 6 bytes; 4 bytes hold one character and a third of the next.
        #expect("党建".prefix(utf8Bytes: 4) == "党")
        #expect("党建".prefix(utf8Bytes: 6) == "党建")
        #expect("a党".prefix(utf8Bytes: 3) == "a")
        #expect("👍🏽ok".prefix(utf8Bytes: 5) == "")
    }

    @Test func weComText_isCutAt2048Bytes_onACharacterBoundary() throws {
        // setup: 1000 Chinese characters are 3000 bytes, and a leading "a" moves every boundary by one byte.
        let hook = try RobotWebhook(url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc")
        let text = "a" + String(repeating: "支", count: 1000)
        // MUT
        let request = hook.request(for: RobotMessage(text: text, mentionedMobiles: ["13800138000"]), now: Self.t0)
        // validate
        let body = try #require(try JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any])
        #expect(body["msgtype"] as? String == "text")
        let inner = try #require(body["text"] as? [String: Any])
        let content = try #require(inner["content"] as? String)
        #expect(content.utf8.count <= 2048 && content.utf8.count > 2040)
        #expect(content.hasPrefix("a支") && content.hasSuffix("支…"))
        #expect(inner["mentioned_mobile_list"] as? [String] == ["13800138000"])
        #expect(request.url == "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc")
    }

    @Test func shortText_isSentUnchanged_withoutAnEmptyMentionList() throws {
        let hook = try RobotWebhook(url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc")
        let request = hook.request(for: RobotMessage(text: "明天14:00支部大会"), now: Self.t0)
        #expect(String(decoding: request.body, as: UTF8.self) == #"{"msgtype":"text","text":{"content":"明天14:00支部大会"}}"#)
    }

    @Test func dingTalkMentions_appearInTheContent_asDingTalkRequires() throws {
        let hook = try RobotWebhook(url: "https://oapi.dingtalk.com/robot/send?access_token=abc")
        let request = hook.request(for: RobotMessage(text: "请按时参会", mentionedMobiles: ["13800138000"]), now: Self.t0)
        let body = try #require(try JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any])
        #expect((body["text"] as? [String: Any])?["content"] as? String == "请按时参会 @13800138000")
        #expect((body["at"] as? [String: Any])?["atMobiles"] as? [String] == ["13800138000"])
        #expect((body["at"] as? [String: Any])?["isAtAll"] as? Bool == false)
    }
}
