/// Excel refuses a workbook whose sheet name is empty, longer than 31 characters, contains : \ / ? * [ ]
/// or starts or ends with an apostrophe; such names are repaired rather than rejected.
enum SheetName {
    static func sanitised(_ name: String) -> String {
        let forbidden: Set<Character> = [":", "\\", "/", "?", "*", "[", "]"]
        var cleaned = String(name.map { forbidden.contains($0) || $0.isNewline ? "_" : $0 })
        while cleaned.hasPrefix("'") { cleaned.removeFirst() }
        cleaned = String(cleaned.prefix(31))
        while cleaned.hasSuffix("'") { cleaned.removeLast() }
        return cleaned.isEmpty ? "Sheet1" : cleaned
    }
}
