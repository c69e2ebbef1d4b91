/// Reed-Solomon error correction as QR uses it: the correction codewords are the remainder of
/// the data polynomial, shifted up by `degree`, divided by the generator ∏(x - 2^i), i < degree.
struct ReedSolomon: Sendable {
    /// Generator coefficients from x^(degree-1) down to x^0; the leading 1 is implicit.
    private let generator: [UInt8]

    init(degree: Int) {
        precondition((1...255).contains(degree))
        var coefficients = [UInt8](repeating: 0, count: degree)
        coefficients[degree - 1] = 1  // start from the polynomial 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            // Multiply by (x - root); subtraction is XOR in GF(2^8).
            for index in coefficients.indices {
                coefficients[index] = GaloisField.multiply(coefficients[index], root)
                if index + 1 < coefficients.count { coefficients[index] ^= coefficients[index + 1] }
            }
            root = GaloisField.multiply(root, 2)
        }
        generator = coefficients
    }

    /// The correction codewords for one block of data, by polynomial long division.
    func remainder(of data: [UInt8]) -> [UInt8] {
        var remainder = [UInt8](repeating: 0, count: generator.count)
        for byte in data {
            let factor = byte ^ remainder.removeFirst()
            remainder.append(0)
            for index in remainder.indices {
                remainder[index] ^= GaloisField.multiply(generator[index], factor)
            }
        }
        return remainder
    }
}
