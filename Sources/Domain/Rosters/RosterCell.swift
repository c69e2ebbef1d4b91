/// One cell as read from a file: its text, and whether the file stored it as a number.
/// The flag matters because Excel keeps only 15 significant digits: an 18-digit ID number typed as a number
/// has already lost its last digits by the time we see it.
public struct RosterCell: Equatable, Sendable {
    public var text: String
    public var isNumber: Bool

    public init(text: String, isNumber: Bool = false) {
        self.text = text
        self.isNumber = isNumber
    }

    /// The text without surrounding whitespace; what every rule below looks at.
    var trimmed: String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
}

import Foundation
