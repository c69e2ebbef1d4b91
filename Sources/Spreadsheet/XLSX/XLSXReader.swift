import Foundation

/// Reads the first worksheet of an .xlsx workbook (Office Open XML, as written by Excel, WPS and
/// LibreOffice). Parts are found through their relationships, as Excel does, with the usual names as
/// fallbacks for writers that skip them.
public enum XLSXReader {
    public static func read(_ data: Data) throws -> Table {
        let package = try ZipPackage(data)
        let workbookPath = try officeDocumentPath(in: package)
        guard let workbookData = try package.optionalPart(workbookPath) else {
            // A zip without a workbook: .ods, .numbers, .docx, or a plain archive.
            throw SpreadsheetError.unsupportedFormat(
                "The file is a zip archive but not an Excel workbook; save it as .xlsx (Excel Workbook).")
        }
        let workbook = try WorkbookInfo.parse(workbookData, part: workbookPath)
        let links = try Relationships.of(workbookPath, in: package)
        let resolver = CellValueResolver(
            sharedStrings: try sharedStrings(links: links, workbookPath: workbookPath, in: package),
            dateStyles: try dateStyles(links: links, workbookPath: workbookPath, in: package),
            usesDate1904: workbook.usesDate1904)
        let sheetPath = try firstWorksheetPath(workbook, links: links, workbookPath: workbookPath)
        let handler = WorksheetHandler(resolver: resolver)
        try XMLPartParser.run(handler, on: try package.part(sheetPath), part: sheetPath)
        return Table(trimming: handler.rows)
    }

    private static func officeDocumentPath(in package: ZipPackage) throws -> String {
        let links = try Relationships.of("", in: package)
        return links.first { $0.hasType("officeDocument") }?.targetPath ?? "xl/workbook.xml"
    }

    /// The first visible worksheet in tab order (a hidden first sheet usually holds lookup lists), or the
    /// first worksheet if all are hidden. Chart sheets are skipped.
    private static func firstWorksheetPath(_ workbook: WorkbookInfo, links: [Relationship],
                                           workbookPath: String) throws -> String {
        let worksheets = workbook.sheets.compactMap { sheet -> (sheet: WorkbookInfo.Sheet, path: String)? in
            guard let link = links.first(where: { $0.id == sheet.relationshipID }) else { return nil }
            return link.hasType("worksheet") ? (sheet, link.targetPath) : nil
        }
        if let visible = worksheets.first(where: { !$0.sheet.isHidden }) ?? worksheets.first {
            return visible.path
        }
        guard workbook.sheets.isEmpty || links.isEmpty else {
            throw SpreadsheetError.unreadable("The workbook has no worksheet to read.")
        }
        return PartPath.resolve("worksheets/sheet1.xml", relativeTo: workbookPath)
    }

    private static func sharedStrings(links: [Relationship], workbookPath: String,
                                      in package: ZipPackage) throws -> [String] {
        let path = partPath(ofType: "sharedStrings", links: links, workbookPath: workbookPath,
                            fallback: "sharedStrings.xml")
        guard let data = try package.optionalPart(path) else { return [] }
        return try SharedStrings.parse(data, part: path)
    }

    private static func dateStyles(links: [Relationship], workbookPath: String,
                                   in package: ZipPackage) throws -> [Bool] {
        let path = partPath(ofType: "styles", links: links, workbookPath: workbookPath, fallback: "styles.xml")
        guard let data = try package.optionalPart(path) else { return [] }
        return try CellStyles.dateStyles(data, part: path)
    }

    private static func partPath(ofType type: String, links: [Relationship], workbookPath: String,
                                 fallback: String) -> String {
        links.first { $0.hasType(type) }?.targetPath ?? PartPath.resolve(fallback, relativeTo: workbookPath)
    }
}
