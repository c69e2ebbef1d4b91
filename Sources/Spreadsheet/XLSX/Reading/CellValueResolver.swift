/// Turns a worksheet cell as stored (`t` type, `s` style, `<v>` value or inline text) into a `Cell`.
struct CellValueResolver {
    let sharedStrings: [String]
    /// Indexed by the cell's `s` attribute; true for date and time formats.
    let dateStyles: [Bool]
    let usesDate1904: Bool

    func cell(type: String?, style: Int?, value: String, inlineText: String) throws -> Cell {
        switch type {
        case "s": return try sharedString(value)
        case "inlineStr": return Cell(text: OOXMLText.unescape(inlineText))
        case "str", "e": return Cell(text: OOXMLText.unescape(value))
        case "b": return boolean(value)
        case "d": return isoDate(value)
        default: return number(value, style: style)
        }
    }

    private func sharedString(_ value: String) throws -> Cell {
        let value = value.trimmingSpaces
        if value.isEmpty { return .empty }
        guard let index = Int(value), sharedStrings.indices.contains(index) else {
            throw SpreadsheetError.unreadable("The workbook is damaged: a cell refers to shared string "
                + "\(value), which does not exist.")
        }
        return Cell(text: sharedStrings[index])
    }

    private func boolean(_ value: String) -> Cell {
        switch value.trimmingSpaces {
        case "": .empty
        case "1", "true": Cell(kind: .boolean, text: "TRUE")
        default: Cell(kind: .boolean, text: "FALSE")
        }
    }

    private func number(_ value: String, style: Int?) -> Cell {
        let value = value.trimmingSpaces
        if value.isEmpty { return .empty }
        guard let number = Double(value) else { return Cell(text: value) }
        if let style, dateStyles.indices.contains(style), dateStyles[style],
           let iso = ExcelDate.isoText(serial: number, usesDate1904: usesDate1904) {
            return Cell(kind: .date, text: iso, number: number)
        }
        return Cell(kind: .number, text: NumberText.format(number), number: number)
    }

    /// `t="d"` (rare, Strict OOXML) stores ISO 8601 text such as "2015-11-06T00:00:00"; no serial is kept.
    private func isoDate(_ value: String) -> Cell {
        let value = value.trimmingSpaces
        guard value.count >= 10 else { return Cell(text: value) }
        let date = String(value.prefix(10))
        let time = value.dropFirst(11).prefix(8)
        let text = time.count == 8 && time != "00:00:00" ? date + " " + time : date
        return Cell(kind: .date, text: text)
    }
}

extension String {
    /// Without surrounding ASCII whitespace, which pretty-printed XML may leave around values.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
