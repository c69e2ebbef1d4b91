import Foundation

/// What goes over the wire to one robot: the final address (with DingTalk's signature) and a JSON body.
/// It holds the token: never log it or store it.
public struct RobotRequest: Sendable {
    public var url: String
    public var body: [UInt8]

    public init(url: String, body: [UInt8]) { self.url = url; self.body = body }
}

extension RobotWebhook {
    /// Builds the request for a message, signed for the instant `now` (signatures are valid for about an hour).
    public func request(for message: RobotMessage, now: Date) -> RobotRequest {
        let text = message.text.truncated(utf8Bytes: kind.textByteLimit - mentionSuffix(message).utf8.count)
        switch kind {
        case .wecom:
            return RobotRequest(url: url, body: RobotRequest.encode(RobotBody.WeCom(
                text: .init(content: text, mentioned_mobile_list: message.mentionedMobiles.isEmpty ? nil : message.mentionedMobiles))))
        case .dingtalk:
            var address = url
            if let secret {
                let milliseconds = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
                address += "&timestamp=\(milliseconds)&sign=\(RobotSigning.dingTalk(secret: secret, timestampMilliseconds: milliseconds))"
            }
            return RobotRequest(url: address, body: RobotRequest.encode(RobotBody.DingTalk(
                text: .init(content: text + mentionSuffix(message)),
                at: .init(atMobiles: message.mentionedMobiles, isAtAll: false))))
        case .feishu:
            let seconds = Int64(now.timeIntervalSince1970.rounded(.down))
            let signed = secret.map { (timestamp: String(seconds), sign: RobotSigning.feishu(secret: $0, timestampSeconds: seconds)) }
            return RobotRequest(url: url, body: RobotRequest.encode(RobotBody.Feishu(
                timestamp: signed?.timestamp, sign: signed?.sign, content: .init(text: text))))
        }
    }

    /// DingTalk mentions a mobile only when the number also appears in the text, as "@number".
    private func mentionSuffix(_ message: RobotMessage) -> String {
        guard kind == .dingtalk else { return "" }
        let missing = message.mentionedMobiles.filter { !message.text.contains("@" + $0) }
        return missing.isEmpty ? "" : " " + missing.map { "@" + $0 }.joined(separator: " ")
    }
}

extension RobotRequest {
    static func encode(_ body: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding these plain structs of strings cannot fail.
        return Array((try? encoder.encode(body)) ?? Data())
    }
}
