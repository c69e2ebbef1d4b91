import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads xl/sharedStrings.xml. A string is either one `<t>` or rich-text runs `<r><t>`; phonetic guides
/// (`<rPh>`, furigana/pinyin) are not part of the text and are skipped.
enum SharedStrings {
    static func parse(_ data: Data, part: String) throws -> [String] {
        let handler = SharedStringsHandler()
        try XMLPartParser.run(handler, on: data, part: part)
        return handler.strings
    }
}

private final class SharedStringsHandler: NSObject, XMLPartHandler {
    var strings: [String] = []
    var failure: SpreadsheetError?
    private var current = ""
    private var isCapturing = false
    private var phoneticDepth = 0

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String]) {
        switch XMLPartParser.localName(elementName) {
        case "si": current = ""
        case "t": isCapturing = phoneticDepth == 0
        case "rPh": phoneticDepth += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        switch XMLPartParser.localName(elementName) {
        case "si": strings.append(OOXMLText.unescape(current))
        case "t": isCapturing = false
        case "rPh": phoneticDepth -= 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if isCapturing { current += string }
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        if isCapturing { current += whitespaceString }
    }
}
