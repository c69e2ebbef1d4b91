import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A SAX delegate for one part of a workbook. Delegates cannot throw, so they record the first failure,
/// abort the parser, and `XMLPartParser` rethrows it.
protocol XMLPartHandler: XMLParserDelegate {
    var failure: SpreadsheetError? { get }
}

enum XMLPartParser {
    /// Streams `data` through `handler`; `part` names the file in error messages.
    static func run(_ handler: some XMLPartHandler, on data: Data, part: String) throws {
        // Through a stream, not `XMLParser(data:)`: on Linux the latter reports success for malformed XML
        // and fails on well-formed documents over 10 MB (a 20,000-row sheet is 20 MB or more).
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = handler
        let succeeded = parser.parse()
        if let failure = handler.failure { throw failure }
        guard succeeded else {
            throw SpreadsheetError.unreadable("The workbook is damaged: \(part) is not valid XML "
                + "(line \(parser.lineNumber)).")
        }
    }

    /// The element name without its namespace prefix: most writers use none, some write `x:row`.
    static func localName(_ qualifiedName: String) -> Substring {
        guard let colon = qualifiedName.lastIndex(of: ":") else { return qualifiedName[...] }
        return qualifiedName[qualifiedName.index(after: colon)...]
    }

    /// An attribute by local name, whatever prefix the writer bound (`r:id` is usually, not always, `r`).
    static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first { localName($0.key) == name }?.value
    }
}
