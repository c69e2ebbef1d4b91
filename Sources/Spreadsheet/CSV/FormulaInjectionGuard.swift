/// Excel runs a CSV cell that starts with = + - @ (or a tab or CR, per OWASP) as a formula, so a member's
/// name could call out to the network when an officer opens the export. A leading apostrophe makes such a
/// cell plain text; numbers such as "-3" or "+8613812345678" are left alone.
enum FormulaInjectionGuard {
    static func defuse(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, triggers.contains(first), !isPlainNumber(value) else {
            return value
        }
        return "'" + value
    }

    private static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// An optional sign, digits, and at most one decimal point with digits on both sides.
    static func isPlainNumber(_ value: String) -> Bool {
        var scalars = Substring(value).unicodeScalars
        if let sign = scalars.first, sign == "+" || sign == "-" { scalars = scalars.dropFirst() }
        let parts = scalars.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { ("0"..."9").contains($0) }
        }
    }
}
