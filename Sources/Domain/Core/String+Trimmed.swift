extension String {
    /// Without leading and trailing whitespace and newlines, in Swift's own Unicode terms (`Character.isWhitespace`).
    /// `trimmingCharacters(in:)` goes through `NSString` on Linux, a cost felt where every submission is checked.
    public var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        if first == startIndex && index(after: last) == endIndex { return self }
        return String(self[first...last])
    }
}
