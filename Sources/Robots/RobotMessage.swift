/// A plain-text message for a group, optionally mentioning members by mobile number.
public struct RobotMessage: Codable, Equatable, Sendable {
    public var text: String
    /// Mobile numbers to @-mention (WeCom and DingTalk; Feishu's webhooks mention by user id only, so it ignores them).
    public var mentionedMobiles: [String]

    public init(text: String, mentionedMobiles: [String] = []) {
        self.text = text; self.mentionedMobiles = mentionedMobiles
    }
}
