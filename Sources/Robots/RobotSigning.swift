import Crypto
import Foundation

/// The two robots' signatures, exactly as their documentation spells them (see INTEGRATIONS.md).
enum RobotSigning {
    /// DingTalk: HMAC-SHA256 keyed with the secret over "timestamp\nsecret", base64, then URL-encoded
    /// because it travels in the query. The timestamp is in milliseconds.
    static func dingTalk(secret: String, timestampMilliseconds: Int64) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data("\(timestampMilliseconds)\n\(secret)".utf8),
                                                   using: SymmetricKey(data: Data(secret.utf8)))
        return percentEncoded(Data(code).base64EncodedString())
    }

    /// Feishu: the key and the message are the other way round: HMAC-SHA256 keyed with "timestamp\nsecret"
    /// over nothing, base64, not URL-encoded (it travels in the JSON body). The timestamp is in seconds.
    static func feishu(secret: String, timestampSeconds: Int64) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data(),
                                                   using: SymmetricKey(data: Data("\(timestampSeconds)\n\(secret)".utf8)))
        return Data(code).base64EncodedString()
    }

    /// Encodes everything but letters and digits, as Python's `quote_plus` does with base64 text.
    private static func percentEncoded(_ text: String) -> String {
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        return text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }
}
