/// The data codewords of a byte-mode segment: mode, length, the bytes, then the standard padding
/// that fills the version's data capacity exactly.
enum DataCodewords {
    private static let byteMode = 0b0100
    /// Alternating pad codewords; chosen by the standard to avoid patterns that upset decoders.
    private static let padCodewords: [UInt8] = [0xEC, 0x11]

    static func encode(_ bytes: [UInt8], version: Version, capacity dataCodewords: Int) -> [UInt8] {
        var buffer = BitBuffer()
        buffer.append(byteMode, bitCount: 4)
        buffer.append(bytes.count, bitCount: version.byteCountBits)
        for byte in bytes { buffer.append(Int(byte), bitCount: 8) }

        let capacityBits = dataCodewords * 8
        precondition(buffer.count <= capacityBits, "the version was chosen too small")
        // The terminator is up to four zero bits; it may be cut short when the symbol is full.
        buffer.append(0, bitCount: min(4, capacityBits - buffer.count))

        var codewords = buffer.bytes  // zero-pads to a whole byte
        for index in 0..<(dataCodewords - codewords.count) {
            codewords.append(padCodewords[index % 2])
        }
        return codewords
    }
}
