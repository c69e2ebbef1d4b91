/// The group robots Zhibu can post to. Raw values are what the database stores.
public enum RobotKind: String, CaseIterable, Codable, Sendable {
    case wecom, dingtalk, feishu

    /// The only host each kind posts to: a webhook anywhere else is refused, so a stored URL can never
    /// turn the server into a client of an arbitrary address.
    var host: String {
        switch self {
        case .wecom: "qyapi.weixin.qq.com"
        case .dingtalk: "oapi.dingtalk.com"
        case .feishu: "open.feishu.cn"
        }
    }

    /// The longest text each robot takes, in UTF-8 bytes. WeCom documents 2048; DingTalk and Feishu
    /// cap the whole request at about 20 KB, so their text leaves room for the rest of the body.
    public var textByteLimit: Int {
        switch self {
        case .wecom: 2048
        case .dingtalk: 18_000
        case .feishu: 18_000
        }
    }

    /// Only DingTalk and Feishu robots can require a signature.
    public var takesSecret: Bool { self != .wecom }
}
