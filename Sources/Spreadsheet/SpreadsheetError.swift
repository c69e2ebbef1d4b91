/// Why a file could not be read or written. Each case carries an English reason fit to show a person;
/// callers map the case to their own bilingual message.
public enum SpreadsheetError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are damaged or are not a spreadsheet at all.
    case unreadable(String)
    /// A real spreadsheet in a format we do not read (legacy .xls, password-protected workbooks).
    case unsupportedFormat(String)
    /// A part is larger than we are willing to hold in memory (guards against zip bombs).
    case tooLarge(String)
    /// Producing the file failed.
    case unwritable(String)

    public var reason: String {
        switch self {
        case .unreadable(let reason), .unsupportedFormat(let reason), .tooLarge(let reason),
             .unwritable(let reason):
            reason
        }
    }

    public var description: String { reason }
}
