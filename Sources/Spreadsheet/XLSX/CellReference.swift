/// Column letters of A1-style references: A is column 0, Z 25, AA 26, XFD (Excel's last) 16383.
enum CellReference {
    static let maximumColumns = 16_384
    static let maximumRows = 1_048_576

    /// The zero-based column of a reference such as "AB12", or nil when it has no letters.
    static func columnIndex(of reference: String) -> Int? {
        var column = 0
        var letterCount = 0
        for byte in reference.utf8 {
            let letter: UInt8
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): letter = byte - UInt8(ascii: "A")
            case UInt8(ascii: "a")...UInt8(ascii: "z"): letter = byte - UInt8(ascii: "a")
            case UInt8(ascii: "$") where letterCount == 0: continue
            default: return letterCount == 0 ? nil : column - 1
            }
            letterCount += 1
            guard letterCount <= 3 else { return nil }
            column = column * 26 + Int(letter) + 1
        }
        return letterCount == 0 ? nil : column - 1
    }

    /// The letters for a zero-based column: 0 → "A", 26 → "AA".
    static func letters(forColumn index: Int) -> String {
        var remainder = index + 1
        var scalars: [Unicode.Scalar] = []
        while remainder > 0 {
            let digit = (remainder - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(ascii: "A") + UInt8(digit)))
            remainder = (remainder - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }
}
