/// The outbox payload of a robot message: its JSON is what the dispatcher sends. No address, token or
/// secret ever goes in it (the dispatcher opens those from `robot_webhooks` at send time).
public struct RobotPayload: Codable, Equatable, Sendable {
    public var text: String
    /// Members to @-mention by mobile number (the payload is sealed in the outbox, like every personal number).
    public var mentionedMobiles: [String]

    public init(text: String, mentionedMobiles: [String] = []) { self.text = text; self.mentionedMobiles = mentionedMobiles }
}
