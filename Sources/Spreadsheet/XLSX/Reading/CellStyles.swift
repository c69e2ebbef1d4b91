import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads xl/styles.xml far enough to know which cell styles display numbers as dates: a cell's `s`
/// attribute indexes `cellXfs`, whose `numFmtId` is a built-in format or one defined in `numFmts`.
enum CellStyles {
    /// `result[s]` is true when style `s` is a date or time format.
    static func dateStyles(_ data: Data, part: String) throws -> [Bool] {
        let handler = StylesHandler()
        try XMLPartParser.run(handler, on: data, part: part)
        return handler.cellFormatIDs.map { id in
            if let code = handler.customFormats[id] { return DateFormat.isDate(formatCode: code) }
            return DateFormat.builtInDateIDs.contains(id)
        }
    }
}

private final class StylesHandler: NSObject, XMLPartHandler {
    var customFormats: [Int: String] = [:]
    var cellFormatIDs: [Int] = []
    var failure: SpreadsheetError?
    private var isInCellXfs = false

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String]) {
        switch XMLPartParser.localName(elementName) {
        case "numFmt":
            if let id = attributeDict["numFmtId"].flatMap(Int.init), let code = attributeDict["formatCode"] {
                customFormats[id] = code
            }
        case "cellXfs":
            isInCellXfs = true
        case "xf" where isInCellXfs:
            // `cellStyleXfs` also holds `xf` elements; only `cellXfs` are indexed by cells.
            cellFormatIDs.append(attributeDict["numFmtId"].flatMap(Int.init) ?? 0)
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        if XMLPartParser.localName(elementName) == "cellXfs" { isInCellXfs = false }
    }
}
