/// Decides whether a number format shows dates or times, which is the only thing that tells an Excel date
/// from an ordinary number: both are stored as plain numbers.
enum DateFormat {
    /// Built-in date and time formats: 14–22 and 45–47 everywhere, 27–36 and 50–58 in CJK locales.
    static let builtInDateIDs: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// True when the code has a date or time token (y, m, d, h, s) outside quoted literals, `[...]`
    /// sections (colours, locales such as `[$-F800]`, conditions) and escaped or padding characters.
    static func isDate(formatCode: String) -> Bool {
        var characters = formatCode.makeIterator()
        while let character = characters.next() {
            switch character {
            case "\"": skip(until: "\"", in: &characters)
            case "[": skip(until: "]", in: &characters)
            case "\\", "_", "*": _ = characters.next()
            case "y", "Y", "m", "M", "d", "D", "h", "H", "s", "S": return true
            default: continue
            }
        }
        return false
    }

    private static func skip(until end: Character, in characters: inout String.Iterator) {
        while let character = characters.next(), character != end {}
    }
}
