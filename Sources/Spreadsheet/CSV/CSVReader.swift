import Foundation

/// Reads comma-separated text as Excel and WPS on Chinese Windows write it: UTF-8 with or without a BOM,
/// GBK/GB18030 ("CSV" saved by Chinese Excel), or UTF-16 with a BOM ("Unicode text", tab-separated).
public enum CSVReader {
    public static func read(_ data: Data) throws -> Table {
        let text = try decode(data)
        let fields = DelimitedTextParser(delimiter: DelimitedTextParser.detectDelimiter(in: text)).parse(text)
        return Table(trimming: fields.map { $0.map(Cell.init(text:)) })
    }

    /// The file's text, with the byte-order mark removed.
    public static func decode(_ data: Data) throws -> String {
        try TextDecoder.decode(data)
    }
}
