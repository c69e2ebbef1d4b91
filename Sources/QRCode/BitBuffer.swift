/// Bits appended most significant first, the order in which QR codewords are written.
struct BitBuffer: Sendable {
    private(set) var bits: [Bool] = []

    var count: Int { bits.count }

    mutating func append(_ value: Int, bitCount: Int) {
        precondition(bitCount >= 0 && value >> bitCount == 0, "\(value) does not fit in \(bitCount) bits")
        for shift in stride(from: bitCount - 1, through: 0, by: -1) {
            bits.append((value >> shift) & 1 == 1)
        }
    }

    /// Packs the bits into bytes; a partial last byte is padded with zero bits, as the standard asks.
    var bytes: [UInt8] {
        stride(from: 0, to: bits.count, by: 8).map { start in
            (0..<8).reduce(into: UInt8(0)) { byte, offset in
                let index = start + offset
                byte = byte << 1 | (index < bits.count && bits[index] ? 1 : 0)
            }
        }
    }
}
