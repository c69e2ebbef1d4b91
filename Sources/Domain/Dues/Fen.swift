import Foundation

/// Money in integer 分 (RULES.md §2: amounts in 元 with 2 decimals, stored as 分; never floating point).
public enum Fen {
    /// The largest amount accepted anywhere in dues: 1亿元.
    public static let limit = 10_000_000_000

    /// Reads 元 as people write it: `3000`, `3000.5`, `3000.01`. More than two decimals, signs, separators or
    /// anything else is refused (nil): a rate is never applied to a guessed base.
    public static func parse(yuan text: String) -> Int? {
        let text = text.trimmingCharacters(in: .whitespaces)
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty, whole.count <= 9,
              whole.allSatisfy(\.isASCIIDigit), let yuan = Int(whole) else { return nil }
        var fen = 0
        if parts.count == 2 {
            let decimals = parts[1]
            guard (1...2).contains(decimals.count), decimals.allSatisfy(\.isASCIIDigit), let value = Int(decimals) else { return nil }
            fen = decimals.count == 1 ? value * 10 : value
        }
        let total = yuan * 100 + fen
        return total <= limit ? total : nil
    }

    /// `1400` → `14.00`, `-150` → `-1.50`.
    public static func format(_ fen: Int) -> String {
        let sign = fen < 0 ? "-" : "", value = abs(fen)
        let cents = value % 100
        return "\(sign)\(value / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// Whole 元 without decimals (`300000` → `3000`), else two decimals: for the rule texts.
    public static func compact(_ fen: Int) -> String { fen % 100 == 0 ? String(fen / 100) : format(fen) }
}
