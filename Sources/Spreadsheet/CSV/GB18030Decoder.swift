import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes GBK/GB18030 with the C library's iconv, because Foundation on Linux does not convert GB18030
/// reliably.
enum GB18030Decoder {
    static func decode(_ data: Data) throws -> String {
        guard !data.isEmpty else { return "" }
        guard let converter = iconv_open("UTF-8", "GB18030"), Int(bitPattern: converter) != -1 else {
            throw SpreadsheetError.unreadable("This server cannot decode GBK text (iconv has no GB18030).")
        }
        defer { iconv_close(converter) }
        var input = data.map { CChar(bitPattern: $0) }
        // Each GB18030 sequence becomes at most 1.5 times as many UTF-8 bytes.
        var output = [CChar](repeating: 0, count: input.count * 2 + 16)
        let produced = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer = outBuffer.baseAddress
                var outLeft = outBuffer.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                return result == size_t.max || inLeft != 0 ? nil : outBuffer.count - outLeft
            }
        }
        guard let produced else {
            throw SpreadsheetError.unreadable("The text is neither UTF-8 nor GBK; save it as \"CSV UTF-8\".")
        }
        return String(decoding: output.prefix(produced).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
