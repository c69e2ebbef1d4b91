import Foundation

/// A recognised webhook: which robot, its address rebuilt from the parts we accept, and its signing secret.
/// The token in the address is as secret as the signing secret: whoever has it can post to the group.
public struct RobotWebhook: Equatable, Sendable {
    public let kind: RobotKind
    /// The access token (WeCom `key`, DingTalk `access_token`, Feishu hook id).
    let token: String
    public let secret: String?

    /// Recognises a pasted webhook address; anything but the three robots' exact https endpoints is refused.
    public init(url text: String, secret: String? = nil) throws {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let parts = URLComponents(string: trimmed), let scheme = parts.scheme, let host = parts.host else {
            throw RobotError.malformed
        }
        guard scheme.lowercased() == "https" else { throw RobotError.notHTTPS }
        guard let kind = RobotKind.allCases.first(where: { $0.host == host.lowercased() }) else { throw RobotError.unknownHost }
        guard parts.port == nil, parts.user == nil, parts.password == nil, parts.fragment == nil,
              let token = RobotWebhook.token(of: kind, parts), RobotWebhook.isToken(token) else { throw RobotError.malformed }
        let secret = secret?.trimmingCharacters(in: .whitespacesAndNewlines)
        let given = secret.flatMap { $0.isEmpty ? nil : $0 }
        if let given {
            guard kind.takesSecret else { throw RobotError.secretNotTaken }
            guard given.count <= 200, !given.contains(where: { $0.isWhitespace || !$0.isASCII }) else { throw RobotError.malformedSecret }
        }
        self.init(kind: kind, token: token, secret: given)
    }

    init(kind: RobotKind, token: String, secret: String?) { self.kind = kind; self.token = token; self.secret = secret }

    /// The address without signing parameters, in canonical form.
    public var url: String {
        switch kind {
        case .wecom: "https://\(kind.host)/cgi-bin/webhook/send?key=\(token)"
        case .dingtalk: "https://\(kind.host)/robot/send?access_token=\(token)"
        case .feishu: "https://\(kind.host)/open-apis/bot/v2/hook/\(token)"
        }
    }

    /// What pages show: the host and the token's last four characters.
    public var masked: String { kind.host + "…" + String(token.suffix(4)) }

    /// Removes the token and secret from text bound for a log or the database (an error's description).
    public func redact(_ text: String) -> String {
        var result = text.replacingOccurrences(of: token, with: "…")
        if let secret { result = result.replacingOccurrences(of: secret, with: "…") }
        return result
    }

    private static func token(of kind: RobotKind, _ parts: URLComponents) -> String? {
        let items = parts.queryItems ?? []
        switch kind {
        case .wecom:
            guard parts.path == "/cgi-bin/webhook/send", items.count == 1, items[0].name == "key" else { return nil }
            return items[0].value
        case .dingtalk:
            guard parts.path == "/robot/send", items.count == 1, items[0].name == "access_token" else { return nil }
            return items[0].value
        case .feishu:
            let prefix = "/open-apis/bot/v2/hook/"
            guard parts.path.hasPrefix(prefix), parts.query == nil else { return nil }
            return String(parts.path.dropFirst(prefix.count))
        }
    }

    /// Tokens are hex, UUIDs or base64url: letters, digits and `-_`, so they go into a URL unescaped.
    private static func isToken(_ token: String) -> Bool {
        (1...200).contains(token.count)
            && token.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_") }
    }
}
