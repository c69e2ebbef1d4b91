import Foundation

/// Reads an uploaded roster whatever its format, judging by content first because people rename files.
public enum TableReader {
    public static func read(_ data: Data, fileName: String) throws -> Table {
        if data.starts(with: zipMagic) { return try XLSXReader.read(data) }
        if data.starts(with: compoundDocumentMagic) {
            // Legacy .xls and encrypted .xlsx are both OLE2 compound documents.
            throw SpreadsheetError.unsupportedFormat(
                "Old-style .xls files and password-protected workbooks cannot be read; "
                    + "save the file as .xlsx (Excel Workbook) without a password.")
        }
        switch fileExtension(of: fileName) {
        case "xlsx", "xlsm":
            throw SpreadsheetError.unreadable("The .xlsx file is damaged: it is not a zip archive.")
        case "xls" where looksLikeMarkup(data), "et" where looksLikeMarkup(data):
            // Some systems export an HTML table and call it .xls.
            throw SpreadsheetError.unsupportedFormat(
                "The file is a web page named .xls, not a spreadsheet; open it in Excel and save it as .xlsx.")
        default:
            return try CSVReader.read(data)
        }
    }

    private static let zipMagic: [UInt8] = [0x50, 0x4B]
    private static let compoundDocumentMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0]

    private static func fileExtension(of fileName: String) -> String {
        guard let dot = fileName.lastIndex(of: ".") else { return "" }
        return fileName[fileName.index(after: dot)...].lowercased()
    }

    private static func looksLikeMarkup(_ data: Data) -> Bool {
        let start = data.prefix(512).drop { byte in [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains(byte) }
        return start.first == UInt8(ascii: "<")
    }
}
