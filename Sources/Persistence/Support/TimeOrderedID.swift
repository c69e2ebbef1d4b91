import Foundation

/// A UUID version 7 (RFC 9562): the first 48 bits are the Unix time in milliseconds, the rest random.
/// Rows keyed by it are appended at the end of their primary-key index instead of landing on a random page
/// of it: on a table of millions of daily reports a random key costs a page read per insert.
enum TimeOrderedID {
    static func make(at date: Date = Date()) -> UUID {
        let milliseconds = UInt64(max(0, date.timeIntervalSince1970 * 1_000))
        var bytes = UUID().uuid
        bytes.0 = UInt8(truncatingIfNeeded: milliseconds >> 40)
        bytes.1 = UInt8(truncatingIfNeeded: milliseconds >> 32)
        bytes.2 = UInt8(truncatingIfNeeded: milliseconds >> 24)
        bytes.3 = UInt8(truncatingIfNeeded: milliseconds >> 16)
        bytes.4 = UInt8(truncatingIfNeeded: milliseconds >> 8)
        bytes.5 = UInt8(truncatingIfNeeded: milliseconds)
        bytes.6 = 0x70 | (bytes.6 & 0x0f)  // version 7
        bytes.8 = 0x80 | (bytes.8 & 0x3f)  // RFC 4122 variant
        return UUID(uuid: bytes)
    }
}
