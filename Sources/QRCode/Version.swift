/// A symbol version, 1 through 40: version `n` is a square of `17 + 4n` modules.
struct Version: Sendable, Hashable {
    static let all = (1...40).map(Version.init)

    let number: Int

    init(_ number: Int) {
        precondition((1...40).contains(number), "QR versions run from 1 to 40")
        self.number = number
    }

    var size: Int { 17 + 4 * number }

    /// Centre coordinates, along either axis, of the alignment patterns (ISO/IEC 18004 Annex E).
    /// They are spaced evenly from the far edge inward, leaving any odd remainder in the first gap.
    var alignmentCentres: [Int] {
        guard number > 1 else { return [] }
        let count = number / 7 + 2
        // Version 32 is the one place the standard's table departs from this even spacing.
        let step = number == 32 ? 26 : (number * 4 + count * 2 + 1) / (count * 2 - 2) * 2
        return [6] + (0..<(count - 1)).reversed().map { size - 7 - $0 * step }
    }

    /// Modules left for codewords once every function pattern, format and version area is taken.
    var rawDataModules: Int {
        var modules = (16 * number + 128) * number + 64
        if number >= 2 {
            let alignments = number / 7 + 2
            modules -= (25 * alignments - 10) * alignments - 55
            if number >= 7 { modules -= 36 }
        }
        return modules
    }

    /// Whole codewords (data plus error correction); the leftover 0–7 modules are remainder bits.
    var totalCodewords: Int { rawDataModules / 8 }

    /// Versions 10 and up need a longer byte count field, because they can hold more than 255 bytes.
    var byteCountBits: Int { number <= 9 ? 8 : 16 }
}
