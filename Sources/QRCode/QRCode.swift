/// A QR code symbol (ISO/IEC 18004 model 2) holding bytes in byte mode.
///
/// The encoder picks the smallest version (1–40) that holds the data at the requested error
/// correction, and the data mask with the lowest penalty, so the symbol is as coarse and as
/// easy to scan as the data allows.
public struct QRCode: Sendable, Equatable {
    public enum Error: Swift.Error, Sendable, Equatable {
        /// The data exceeds what version 40 holds at the requested correction
        /// (2953 bytes at `.low`, 2331 at `.medium`, 1663 at `.quartile`, 1273 at `.high`).
        case tooLong
    }

    /// Modules along one side, without the quiet zone: 21 for version 1, up to 177 for version 40.
    public let size: Int
    let version: Version
    let mask: Mask
    private let matrix: Matrix

    public init(_ bytes: [UInt8], correction: Correction = .medium) throws {
        try self.init(bytes, correction: correction, mask: nil)
    }

    /// Encodes the text as UTF-8 without an ECI header: phone readers detect UTF-8 on their own,
    /// and URLs, the usual content, are ASCII anyway.
    public init(_ text: String, correction: Correction = .medium) throws {
        try self.init(Array(text.utf8), correction: correction)
    }

    /// `mask` forces a data mask (for tests); `nil` picks the one with the lowest penalty.
    init(_ bytes: [UInt8], correction: Correction, mask forcedMask: Mask?) throws {
        guard let version = Version.smallest(holding: bytes.count, correction) else { throw Error.tooLong }
        let layout = version.blockLayout(correction)
        let data = DataCodewords.encode(bytes, version: version, capacity: layout.dataCodewords)

        var matrix = Matrix(functionPatternsOf: version)
        matrix.place(Interleaving.finalSequence(of: data, layout: layout))
        let mask = forcedMask ?? Self.lowestPenaltyMask(for: matrix)
        matrix.apply(mask)
        matrix.drawFormatInformation(correction, mask)
        matrix.drawVersionInformation(version)

        self.size = version.size
        self.version = version
        self.mask = mask
        self.matrix = matrix
    }

    /// Whether the module in column `x`, row `y` is dark. Coordinates outside the symbol are the
    /// quiet zone, which is light, so renderers need not special-case the border.
    public subscript(x: Int, y: Int) -> Bool {
        guard (0..<size).contains(x), (0..<size).contains(y) else { return false }
        return matrix[x, y]
    }

    /// The first mask among those with the lowest penalty, the tie-break segno and others use.
    private static func lowestPenaltyMask(for matrix: Matrix) -> Mask {
        var best = (mask: Mask.pattern0, penalty: Int.max)
        for mask in Mask.allCases {
            let penalty = matrix.applying(mask).penalty
            if penalty < best.penalty { best = (mask, penalty) }
        }
        return best.mask
    }
}
