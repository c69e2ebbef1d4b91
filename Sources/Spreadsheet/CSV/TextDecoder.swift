import Foundation

/// Picks the encoding of uploaded text. Order matters: a BOM is certain; valid UTF-8 is almost never
/// accidental for Chinese text; GB18030 (a superset of GBK) is what remains on Chinese Windows.
enum TextDecoder {
    static func decode(_ data: Data) throws -> String {
        if data.starts(with: utf8BOM) { return try utf8(data.dropFirst(utf8BOM.count)) }
        if data.starts(with: utf16LittleEndianBOM) { return utf16(data.dropFirst(2), bigEndian: false) }
        if data.starts(with: utf16BigEndianBOM) { return utf16(data.dropFirst(2), bigEndian: true) }
        if let text = String(data: data, encoding: .utf8) { return text }
        guard !data.contains(0) else {
            throw SpreadsheetError.unreadable("The file is not text: it contains binary data.")
        }
        return try GB18030Decoder.decode(data)
    }

    private static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]
    private static let utf16LittleEndianBOM: [UInt8] = [0xFF, 0xFE]
    private static let utf16BigEndianBOM: [UInt8] = [0xFE, 0xFF]

    private static func utf8(_ bytes: Data) throws -> String {
        guard let text = String(data: Data(bytes), encoding: .utf8) else {
            throw SpreadsheetError.unreadable("The file says it is UTF-8 but contains invalid bytes.")
        }
        return text
    }

    private static func utf16(_ bytes: Data, bigEndian: Bool) -> String {
        let bytes = Array(bytes)
        let units = stride(from: 0, to: bytes.count - 1, by: 2).map { index -> UInt16 in
            let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            return UInt16(high) << 8 | UInt16(low)
        }
        return String(decoding: units, as: UTF16.self)
    }
}
