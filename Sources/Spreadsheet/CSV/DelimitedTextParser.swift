/// An RFC 4180 parser: quoted fields may hold delimiters, doubled quotes and line breaks; lines end in CRLF,
/// LF or CR. It is lenient where Excel is (a stray quote inside an unquoted field is kept as a character,
/// an unclosed quote runs to the end of the file) so that a sloppy export still yields rows to check.
struct DelimitedTextParser {
    let delimiter: UInt8

    /// Tab when the first line has tabs and no commas (Excel's "Unicode text"), comma otherwise.
    static func detectDelimiter(in text: String) -> UInt8 {
        let firstLine = text.utf8.prefix { $0 != lineFeed && $0 != carriageReturn }
        let hasTab = firstLine.contains(tab)
        let hasComma = firstLine.contains(UInt8(ascii: ","))
        return hasTab && !hasComma ? tab : UInt8(ascii: ",")
    }

    func parse(_ text: String) -> [[String]] {
        var state = State()
        var bytes = text.utf8.makeIterator()
        var pending = bytes.next()
        while let byte = pending {
            pending = bytes.next()
            if state.inQuotes {
                if byte != Self.quote {
                    state.field.append(byte)
                } else if pending == Self.quote {
                    state.field.append(byte)
                    pending = bytes.next()
                } else {
                    state.inQuotes = false
                }
                continue
            }
            switch byte {
            case Self.quote where state.field.isEmpty: state.inQuotes = true
            case delimiter: state.endField()
            case Self.carriageReturn, Self.lineFeed:
                state.endRow()
                if byte == Self.carriageReturn, pending == Self.lineFeed { pending = bytes.next() }
            default: state.field.append(byte)
            }
        }
        if !state.row.isEmpty || !state.field.isEmpty { state.endRow() }
        return state.rows
    }

    private struct State {
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var inQuotes = false

        mutating func endField() {
            row.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }

        mutating func endRow() {
            endField()
            rows.append(row)
            row.removeAll(keepingCapacity: true)
        }
    }

    private static let quote = UInt8(ascii: "\"")
    private static let tab = UInt8(ascii: "\t")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
}
