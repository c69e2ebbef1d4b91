import Foundation

/// Writes CSV that Excel on Chinese Windows opens without mojibake: UTF-8 with a BOM, CRLF line ends,
/// RFC 4180 quoting, and cells that Excel would run as formulas defused. An empty header writes no header line.
public enum CSVWriter {
    public static func write(header: [String], rows: [[String]]) -> Data {
        var text = "\u{FEFF}"
        for line in (header.isEmpty ? [] : [header]) + rows {
            text += line.map(field).joined(separator: ",")
            text += "\r\n"
        }
        return Data(text.utf8)
    }

    static func field(_ value: String) -> String {
        let value = FormulaInjectionGuard.defuse(value)
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" })
        else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
