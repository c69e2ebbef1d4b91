/// One spreadsheet cell, reduced to what an importer needs: the text a person sees, plus the raw number
/// where there is one (so callers can tell a numeric ID that Excel has already rounded from a typed one).
public struct Cell: Equatable, Sendable {
    public enum Kind: Sendable, Equatable { case empty, text, number, date, boolean }

    public var kind: Kind
    /// Text as a person reads it: text cells as typed; integral numbers without exponent or ".0"
    /// (13812345678, not 1.3812345678E10); other numbers in shortest decimal form, at Excel's 15 significant
    /// digits; date-formatted numeric cells as ISO "yyyy-MM-dd" (or "yyyy-MM-dd HH:mm:ss" with a time part,
    /// "HH:mm:ss" for a time of day alone); booleans as "TRUE" / "FALSE".
    public var text: String
    /// The raw numeric value for number and date cells (Excel serial for dates); nil otherwise.
    public var number: Double?

    public init(kind: Kind, text: String, number: Double? = nil) {
        self.kind = kind
        self.text = text
        self.number = number
    }

    /// A text cell, or an empty one when `text` is "".
    public init(text: String) {
        self.init(kind: text.isEmpty ? .empty : .text, text: text)
    }

    public static let empty = Cell(kind: .empty, text: "")

    public var isEmpty: Bool { kind == .empty }
}
