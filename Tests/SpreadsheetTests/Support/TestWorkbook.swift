import Foundation
@testable import Spreadsheet

/// Builds small .xlsx files from XML snippets, for cases no fixture covers (1904 dates, rich text, …).
enum TestWorkbook {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// `sheetData` is the inside of `<sheetData>`; `styles` the inside of `<styleSheet>`.
    static func make(sheetData: String, sharedStrings: [String]? = nil, styles: String? = nil,
                     workbookPr: String = "") throws -> Data {
        var parts: [(path: String, data: Data)] = [
            ("_rels/.rels", relationshipsXML([("rId1", "officeDocument", "xl/workbook.xml")])),
            ("xl/workbook.xml", xml("""
                <workbook xmlns="\(main)" xmlns:r="\(relationships)">\(workbookPr)\
                <sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>
                """)),
            ("xl/worksheets/sheet1.xml",
             xml("<worksheet xmlns=\"\(main)\"><sheetData>\(sheetData)</sheetData></worksheet>")),
        ]
        var links = [("rId1", "worksheet", "worksheets/sheet1.xml")]
        if let sharedStrings {
            let items = sharedStrings.joined()
            parts.append(("xl/sharedStrings.xml", xml("<sst xmlns=\"\(main)\">\(items)</sst>")))
            links.append(("rId2", "sharedStrings", "sharedStrings.xml"))
        }
        if let styles {
            parts.append(("xl/styles.xml", xml("<styleSheet xmlns=\"\(main)\">\(styles)</styleSheet>")))
            links.append(("rId3", "styles", "styles.xml"))
        }
        parts.append(("xl/_rels/workbook.xml.rels", relationshipsXML(links)))
        return try ZipWriter.archive(parts)
    }

    /// cellXfs 0 is General, 1 is the given format (built-in id or custom code with id 164).
    static func styles(numberFormatID: Int, customCode: String? = nil) -> String {
        let numFmts = customCode.map {
            "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"\(escaped($0))\"/></numFmts>"
        } ?? ""
        return numFmts + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"\(numberFormatID)\" xfId=\"0\"/></cellXfs>"
    }

    private static func relationshipsXML(_ links: [(id: String, type: String, target: String)]) -> Data {
        let items = links.map {
            "<Relationship Id=\"\($0.id)\" Type=\"\(relationships)/\($0.type)\" Target=\"\($0.target)\"/>"
        }
        return xml("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + items.joined() + "</Relationships>")
    }

    private static func xml(_ body: String) -> Data {
        Data(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + body).utf8)
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
