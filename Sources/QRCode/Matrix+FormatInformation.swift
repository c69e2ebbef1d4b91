/// Format information (correction level and mask) and version information, each protected by a
/// BCH code and drawn twice so that either copy can be read.
extension Matrix {
    /// Marks the areas as function modules but leaves them light: the mask is chosen on a symbol
    /// without them (as segno and python-qrcode do), and they are drawn once it is known.
    mutating func reserveFormatAndVersionAreas(_ version: Version) {
        drawFormatWord(0)
        setFunction(x: 8, y: size - 8, dark: false)
        if version.number >= 7 { drawVersionWord(0) }
    }

    mutating func drawFormatInformation(_ correction: QRCode.Correction, _ mask: Mask) {
        let data = correction.formatBits << 3 | mask.rawValue
        let word = (data << 10 | Self.bchRemainder(data, generator: 0x537, degree: 10)) ^ 0x5412
        drawFormatWord(word)
        // The "dark module" beside the lower-left finder is always dark.
        setFunction(x: 8, y: size - 8, dark: true)
    }

    mutating func drawVersionInformation(_ version: Version) {
        guard version.number >= 7 else { return }  // smaller symbols are identified by their size
        let word = version.number << 12 | Self.bchRemainder(version.number, generator: 0x1F25, degree: 12)
        drawVersionWord(word)
    }

    /// Bit 0 is the least significant bit of the 15-bit word; the positions follow ISO/IEC 18004 figure 25.
    private mutating func drawFormatWord(_ word: Int) {
        func bit(_ index: Int) -> Bool { (word >> index) & 1 == 1 }
        // Around the upper-left finder, stepping over the timing patterns in row and column 6.
        for index in 0...5 { setFunction(x: 8, y: index, dark: bit(index)) }
        setFunction(x: 8, y: 7, dark: bit(6))
        setFunction(x: 8, y: 8, dark: bit(7))
        setFunction(x: 7, y: 8, dark: bit(8))
        for index in 9..<15 { setFunction(x: 14 - index, y: 8, dark: bit(index)) }
        // Split between the upper-right and lower-left finders.
        for index in 0..<8 { setFunction(x: size - 1 - index, y: 8, dark: bit(index)) }
        for index in 8..<15 { setFunction(x: 8, y: size - 15 + index, dark: bit(index)) }
    }

    /// 18 bits in a 6×3 block beside the upper-right finder and its transpose beside the lower-left.
    private mutating func drawVersionWord(_ word: Int) {
        for index in 0..<18 {
            let dark = (word >> index) & 1 == 1
            let across = size - 11 + index % 3, along = index / 3
            setFunction(x: across, y: along, dark: dark)
            setFunction(x: along, y: across, dark: dark)
        }
    }

    /// The remainder of `data · x^degree` divided by `generator`, both as polynomials over GF(2).
    private static func bchRemainder(_ data: Int, generator: Int, degree: Int) -> Int {
        var remainder = data
        for _ in 0..<degree {
            remainder = (remainder << 1) ^ ((remainder >> (degree - 1)) * generator)
        }
        return remainder
    }
}
