import Foundation

/// Writes a one-sheet .xlsx that Excel, WPS and LibreOffice open cleanly. Every cell is an inline string
/// in a text-formatted style, so ID and phone numbers stay text, keep their digits, and stay text when
/// someone edits them; the header row is bold and frozen.
public enum XLSXWriter {
    public static func write(header: [String], rows: [[String]], sheetName: String = "Sheet1") throws -> Data {
        let parts: [(path: String, content: String)] = [
            ("[Content_Types].xml", XLSXParts.contentTypes),
            ("_rels/.rels", XLSXParts.packageRelationships),
            ("xl/workbook.xml", XLSXParts.workbook(sheetName: SheetName.sanitised(sheetName))),
            ("xl/_rels/workbook.xml.rels", XLSXParts.workbookRelationships),
            ("xl/styles.xml", XLSXParts.styles),
            ("xl/worksheets/sheet1.xml", WorksheetXML.build(header: header, rows: rows)),
        ]
        return try ZipWriter.archive(parts.map { ($0.path, Data($0.content.utf8)) })
    }
}
