import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What xl/workbook.xml says that matters to us: the sheets in tab order and the date system.
struct WorkbookInfo {
    struct Sheet {
        var name: String
        var relationshipID: String
        var isHidden: Bool
    }

    var sheets: [Sheet] = []
    /// Mac Excel before 2011 counted days from 1904-01-01; such workbooks still turn up.
    var usesDate1904 = false

    static func parse(_ data: Data, part: String) throws -> WorkbookInfo {
        let handler = WorkbookHandler()
        try XMLPartParser.run(handler, on: data, part: part)
        return handler.info
    }
}

private final class WorkbookHandler: NSObject, XMLPartHandler {
    var info = WorkbookInfo()
    var failure: SpreadsheetError?

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String]) {
        switch XMLPartParser.localName(elementName) {
        case "workbookPr":
            let flag = attributeDict["date1904"]
            info.usesDate1904 = flag == "1" || flag == "true"
        case "sheet":
            guard let id = XMLPartParser.attribute("id", in: attributeDict) else { return }
            let state = attributeDict["state"] ?? "visible"
            let sheet = WorkbookInfo.Sheet(name: attributeDict["name"] ?? "", relationshipID: id,
                                           isHidden: state != "visible")
            info.sheets.append(sheet)
        default:
            break
        }
    }
}
