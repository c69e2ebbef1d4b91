import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Streams a worksheet's `<sheetData>`, placing each cell by its reference because writers omit empty
/// cells and rows. Only the current row is held apart from the finished table.
final class WorksheetHandler: NSObject, XMLPartHandler {
    private let resolver: CellValueResolver
    private(set) var rows: [[Cell]] = []
    private(set) var failure: SpreadsheetError?

    private var row: [Cell] = []
    private var rowIndex = -1
    private var column = -1
    private var cellType: String?
    private var cellStyle: Int?
    private var value = ""
    private var inlineText = ""
    private var capture = Capture.none
    private var isInInlineString = false
    private var phoneticDepth = 0

    private enum Capture { case none, value, inlineText }

    init(resolver: CellValueResolver) {
        self.resolver = resolver
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String]) {
        switch XMLPartParser.localName(elementName) {
        case "row": openRow(attributeDict["r"], parser)
        case "c": openCell(attributeDict, parser)
        case "v": capture = .value
        case "is": isInInlineString = true
        case "t" where isInInlineString && phoneticDepth == 0: capture = .inlineText
        case "rPh": phoneticDepth += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        switch XMLPartParser.localName(elementName) {
        case "v", "t": capture = .none
        case "is": isInInlineString = false
        case "rPh": phoneticDepth -= 1
        case "c": closeCell(parser)
        case "row": closeRow()
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        switch capture {
        case .none: break
        case .value: value += string
        case .inlineText: inlineText += string
        }
    }

    private func openRow(_ reference: String?, _ parser: XMLParser) {
        // A row without `r` follows the previous one.
        let index = reference.flatMap { Int($0.trimmingSpaces) }.map { $0 - 1 } ?? rowIndex + 1
        guard (0..<CellReference.maximumRows).contains(index) else {
            return fail("row number \(reference ?? "?") is out of range", parser)
        }
        rowIndex = index
        row = []
        column = -1
    }

    private func openCell(_ attributes: [String: String], _ parser: XMLParser) {
        let index = attributes["r"].flatMap(CellReference.columnIndex) ?? column + 1
        guard index < CellReference.maximumColumns else {
            return fail("cell \(attributes["r"] ?? "?") is beyond column XFD", parser)
        }
        column = index
        cellType = attributes["t"]
        cellStyle = attributes["s"].flatMap { Int($0) }
        value = ""
        inlineText = ""
    }

    private func closeCell(_ parser: XMLParser) {
        let cell: Cell
        do {
            cell = try resolver.cell(type: cellType, style: cellStyle, value: value, inlineText: inlineText)
        } catch let error as SpreadsheetError {
            return fail(error, parser)
        } catch {
            return fail("a cell cannot be read", parser)
        }
        guard !cell.isEmpty, rowIndex >= 0 else { return }
        if column < row.count {
            row[column] = cell
        } else {
            row.append(contentsOf: repeatElement(Cell.empty, count: column - row.count))
            row.append(cell)
        }
    }

    private func closeRow() {
        guard rowIndex >= 0 else { return }
        if rowIndex < rows.count {
            // Rows out of order break the file format; keep the content rather than lose it.
            if !row.isEmpty { rows[rowIndex] = row }
        } else {
            rows.append(contentsOf: repeatElement([], count: rowIndex - rows.count))
            rows.append(row)
        }
    }

    private func fail(_ reason: String, _ parser: XMLParser) {
        fail(.unreadable("The worksheet is damaged: \(reason)."), parser)
    }

    private func fail(_ error: SpreadsheetError, _ parser: XMLParser) {
        guard failure == nil else { return }
        failure = error
        parser.abortParsing()
    }
}
