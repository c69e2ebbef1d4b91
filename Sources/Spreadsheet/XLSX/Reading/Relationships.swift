import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One link from a part to another (`rId1` → `worksheets/sheet1.xml`), with its target already resolved
/// to a zip entry name.
struct Relationship: Equatable {
    var id: String
    /// The full type URI; compare with `hasType`, since Strict OOXML uses other namespaces.
    var type: String
    var targetPath: String

    func hasType(_ shortName: String) -> Bool {
        type.hasSuffix("/" + shortName)
    }
}

enum Relationships {
    /// The relationships of `part`, or none when its .rels file is absent.
    static func of(_ part: String, in package: ZipPackage) throws -> [Relationship] {
        let relsPath = PartPath.relationships(of: part)
        guard let data = try package.optionalPart(relsPath) else { return [] }
        let handler = RelationshipsHandler(sourcePart: part)
        try XMLPartParser.run(handler, on: data, part: relsPath)
        return handler.relationships
    }
}

private final class RelationshipsHandler: NSObject, XMLPartHandler {
    let sourcePart: String
    var relationships: [Relationship] = []
    var failure: SpreadsheetError?

    init(sourcePart: String) {
        self.sourcePart = sourcePart
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String]) {
        guard XMLPartParser.localName(elementName) == "Relationship",
              attributeDict["TargetMode"] != "External",
              let id = attributeDict["Id"], let type = attributeDict["Type"], let target = attributeDict["Target"]
        else { return }
        let path = PartPath.resolve(target, relativeTo: sourcePart)
        relationships.append(Relationship(id: id, type: type, targetPath: path))
    }
}
