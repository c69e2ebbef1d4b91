import Foundation

/// Resolves relationship targets to zip entry names, as OPC defines them: relative to the source part's
/// folder, or absolute from the package root.
enum PartPath {
    static func resolve(_ target: String, relativeTo sourcePart: String) -> String {
        let target = target.replacingOccurrences(of: "\\", with: "/")
        if target.hasPrefix("/") { return normalise(String(target.dropFirst())) }
        return normalise(folder(of: sourcePart) + target)
    }

    /// The relationships part that belongs to `part`: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
    static func relationships(of part: String) -> String {
        let name = part.split(separator: "/").last.map(String.init) ?? part
        return folder(of: part) + "_rels/" + name + ".rels"
    }

    private static func folder(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }

    private static func normalise(_ path: String) -> String {
        var components: [Substring] = []
        for component in path.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }
}
