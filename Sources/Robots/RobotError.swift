/// Why a webhook or a message was refused, in both languages, for the page that shows it.
/// (Robots knows nothing of the domain's Message type; Web turns this into one.)
public struct RobotError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A stable code for tests and the API: `url_not_https`, `url_unknown_host`, …
    public var code: String
    public var zh: String
    public var en: String

    public init(code: String, zh: String, en: String) { self.code = code; self.zh = zh; self.en = en }

    public var description: String { en }

    static let notHTTPS = RobotError(code: "url_not_https", zh: "机器人地址必须以 https:// 开头",
                                     en: "The robot's address must start with https://")
    static let unknownHost = RobotError(
        code: "url_unknown_host", zh: "只支持企业微信、钉钉、飞书群机器人的 Webhook 地址",
        en: "Only WeCom, DingTalk and Feishu group-robot webhook addresses are supported")
    static let malformed = RobotError(
        code: "url_malformed", zh: "Webhook 地址不完整或格式不对，请从群机器人设置中整段复制",
        en: "The webhook address is incomplete or malformed; copy it whole from the robot's settings")
    static let secretNotTaken = RobotError(code: "secret_not_taken", zh: "企业微信群机器人没有加签密钥，请留空",
                                           en: "WeCom robots have no signing secret; leave it empty")
    static let malformedSecret = RobotError(code: "secret_malformed", zh: "加签密钥格式不对（应为一段不含空格的字符）",
                                            en: "The signing secret is malformed (one word, no spaces)")
}
