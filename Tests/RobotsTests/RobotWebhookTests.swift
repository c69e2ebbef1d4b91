@testable import Robots
import Testing

@Suite struct RobotWebhookTests {
    @Test(arguments: [
        ("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa", RobotKind.wecom),
        ("  https://oapi.dingtalk.com/robot/send?access_token=0123abcdef\n", .dingtalk),
        ("https://open.feishu.cn/open-apis/bot/v2/hook/8a2b3c4d-1111-2222-3333-444455556666", .feishu),
        ("HTTPS://QYAPI.weixin.qq.com/cgi-bin/webhook/send?key=abc", .wecom),
    ])
    func goodAddresses_areRecognised(_ url: String, _ kind: RobotKind) throws {
        #expect(try RobotWebhook(url: url).kind == kind)
    }

    @Test(arguments: [
        ("http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc", "url_not_https"),
        ("https://qyapi.weixin.qq.com.evil.example/cgi-bin/webhook/send?key=abc", "url_unknown_host"),
        ("https://evil.example/?u=https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc", "url_unknown_host"),
        ("https://oapi.dingtalk.com.cn/robot/send?access_token=abc", "url_unknown_host"),
        ("https://qyapi.weixin.qq.com/cgi-bin/webhook/send", "url_malformed"),
        ("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=", "url_malformed"),
        ("https://qyapi.weixin.qq.com/cgi-bin/other?key=abc", "url_malformed"),
        ("https://qyapi.weixin.qq.com:8443/cgi-bin/webhook/send?key=abc", "url_malformed"),
        ("https://user:pw@qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc", "url_malformed"),
        ("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc&debug=1", "url_malformed"),
        ("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=a%26b", "url_malformed"),
        ("https://oapi.dingtalk.com/robot/send?token=abc", "url_malformed"),
        ("https://open.feishu.cn/open-apis/bot/v2/hook/", "url_malformed"),
        ("https://open.feishu.cn/open-apis/bot/v2/hook/abc/def", "url_malformed"),
        ("https://open.feishu.cn/open-apis/bot/v2/hook/abc?x=1", "url_malformed"),
        ("企业微信机器人", "url_malformed"),
        ("", "url_malformed"),
    ])
    func badAddresses_areRefused_withBothLanguages(_ url: String, _ code: String) {
        do {
            _ = try RobotWebhook(url: url)
            Issue.record("accepted \(url)")
        } catch let error as RobotError {
            #expect(error.code == code, "\(url)")
            #expect(!error.zh.isEmpty && !error.en.isEmpty && error.zh != error.en)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func secrets_onlyForRobotsThatSign() throws {
        #expect(throws: RobotError.secretNotTaken) {
            try RobotWebhook(url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc", secret: "SECxyz")
        }
        #expect(throws: RobotError.malformedSecret) {
            try RobotWebhook(url: "https://oapi.dingtalk.com/robot/send?access_token=abc", secret: "SEC x")
        }
        // An empty secret field is no secret.
        #expect(try RobotWebhook(url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc", secret: " ").secret == nil)
    }

    @Test func masked_showsHostAndLastFour_only() throws {
        let hook = try RobotWebhook(url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa")
        #expect(hook.masked == "qyapi.weixin.qq.com…5aaa")
        #expect(hook.redact("GET \(hook.url) failed") == "GET https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=… failed")
    }
}
