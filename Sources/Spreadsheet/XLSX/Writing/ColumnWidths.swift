/// Column widths in Excel's character units, estimated from content so exported rosters are readable
/// without resizing. Wide (CJK) characters count double; sampling the first rows keeps large exports fast.
enum ColumnWidths {
    static let sampledRows = 1_000
    static let minimum = 8.0
    static let maximum = 60.0

    static func measure(_ rows: [[String]]) -> [Double] {
        var widths: [Double] = []
        for row in rows.prefix(sampledRows) {
            for (column, value) in row.enumerated() {
                if column >= widths.count { widths.append(minimum) }
                widths[column] = max(widths[column], min(maximum, displayWidth(of: value) + 2))
            }
        }
        return widths
    }

    /// The widest line of `text`, counting characters from U+1100 upwards (Hangul, CJK, full-width) as two.
    static func displayWidth(of text: String) -> Double {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let widths = lines.map { line in
            line.unicodeScalars.reduce(0.0) { width, scalar in width + (scalar.value >= 0x1100 ? 2 : 1) }
        }
        return widths.max() ?? 0
    }
}
