extension QRCode {
    /// How much of the symbol may be damaged and still decode: roughly 7%, 15%, 25% and 30%.
    /// More correction means a denser symbol for the same data.
    public enum Correction: Sendable, CaseIterable {
        case low, medium, quartile, high

        /// The two bits the format information stores; the standard's order is not the declaration order.
        var formatBits: Int {
            switch self {
            case .low: 0b01
            case .medium: 0b00
            case .quartile: 0b11
            case .high: 0b10
            }
        }
    }
}
