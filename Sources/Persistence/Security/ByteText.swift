import Crypto
import Foundation

/// Bytes written as text: hex for hashes, base64url for tokens. Written by hand because `String(format:)`
/// and `replacingOccurrences` cost a visible share of every request (a session's token is hashed each time).
extension Sequence where Element == UInt8 {
    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(underestimatedCount * 2)
        for byte in self {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Base64 with the URL-safe alphabet and no padding (RFC 4648 §5): fits in cookies, links and headers as is.
    public var base64URL: String {
        let encoded = Data(self).base64EncodedData()
        var text: [UInt8] = []
        text.reserveCapacity(encoded.count)
        for byte in encoded {
            switch byte {
            case UInt8(ascii: "+"): text.append(UInt8(ascii: "-"))
            case UInt8(ascii: "/"): text.append(UInt8(ascii: "_"))
            case UInt8(ascii: "="): continue
            default: text.append(byte)
            }
        }
        return String(decoding: text, as: UTF8.self)
    }
}

/// A fresh random token of 256 bits, base64url: sessions, CSRF cookies, generated passwords.
public func randomToken() -> String {
    SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }.base64URL
}
