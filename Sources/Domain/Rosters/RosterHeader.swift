/// Reads a header cell as a field, whatever width, marks and notes the sheet's author gave it.
public enum RosterHeader {
    /// Full-width → half-width, required-marks (`*`, `＊`) and bracketed notes (`（…）` `(…)` `【…】` `[…]`)
    /// dropped, whitespace removed, ASCII lower-cased (so an English export's `ID number` reads back too).
    public static func normalize(_ text: String) -> String {
        var result = ""
        var depth = 0
        for character in RosterText.halfWidth(text) {
            switch character {
            case "(", "[", "【": depth += 1
            case ")", "]", "】": depth = max(0, depth - 1)
            case "*": continue
            default:
                if depth == 0, !character.isWhitespace { result.append(character) }
            }
        }
        return result.lowercased()
    }

    /// The field this header names, or nil when the column is none of ours.
    public static func field(for header: String) -> RosterField? {
        let key = normalize(header)
        guard !key.isEmpty else { return nil }
        if let field = table[key] { return field }
        // Sheets say 入党日期 as often as 入党时间; one spelling in the table covers both.
        if key.hasSuffix("日期") { return table[String(key.dropLast(2)) + "时间"] }
        if key.hasSuffix("时间") { return table[String(key.dropLast(2)) + "日期"] }
        return nil
    }

    private static let table: [String: RosterField] = {
        var table: [String: RosterField] = [:]
        for field in RosterField.allCases {
            for alias in field.aliases + [field.label.zh, field.label.en] {
                table[normalize(alias)] = field
            }
        }
        return table
    }()
}
