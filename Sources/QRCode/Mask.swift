/// The eight data mask patterns. XOR-ing one over the data breaks up large blocks and
/// finder-like shapes that would confuse a reader; the format information records which was used.
enum Mask: Int, Sendable, CaseIterable {
    case pattern0, pattern1, pattern2, pattern3, pattern4, pattern5, pattern6, pattern7

    /// Whether the mask flips the module in column `x`, row `y` (ISO/IEC 18004 table 10, j = x, i = y).
    func flips(x: Int, y: Int) -> Bool {
        switch self {
        case .pattern0: (x + y) % 2 == 0
        case .pattern1: y % 2 == 0
        case .pattern2: x % 3 == 0
        case .pattern3: (x + y) % 3 == 0
        case .pattern4: (x / 3 + y / 2) % 2 == 0
        case .pattern5: x * y % 2 + x * y % 3 == 0
        case .pattern6: (x * y % 2 + x * y % 3) % 2 == 0
        case .pattern7: ((x + y) % 2 + x * y % 3) % 2 == 0
        }
    }
}

extension Matrix {
    /// Flips the data modules the mask selects; applying the same mask twice undoes it.
    mutating func apply(_ mask: Mask) {
        for y in 0..<size {
            for x in 0..<size where !isFunction(x: x, y: y) && mask.flips(x: x, y: y) {
                self[x, y].toggle()
            }
        }
    }

    func applying(_ mask: Mask) -> Matrix {
        var masked = self
        masked.apply(mask)
        return masked
    }
}
