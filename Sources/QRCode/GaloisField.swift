/// Arithmetic in GF(2^8) with the QR reducing polynomial x^8 + x^4 + x^3 + x^2 + 1 (0x11D),
/// the field in which QR's Reed-Solomon codes work.
enum GaloisField {
    /// `exponents[i]` is 2^i; doubled in length so a product's log sum needs no modulo.
    static let exponents: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 512)
        var value = 1
        for power in 0..<255 {
            table[power] = UInt8(value)
            value <<= 1
            if value & 0x100 != 0 { value ^= 0x11D }
        }
        for power in 255..<512 { table[power] = table[power - 255] }
        return table
    }()

    /// `logarithms[x]` is the power of 2 that gives `x`; entry 0 is unused, as 0 has no logarithm.
    static let logarithms: [Int] = {
        var table = [Int](repeating: 0, count: 256)
        for power in 0..<255 { table[Int(exponents[power])] = power }
        return table
    }()

    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        guard a != 0, b != 0 else { return 0 }
        return exponents[logarithms[Int(a)] + logarithms[Int(b)]]
    }
}
