extension String {
    /// The longest prefix that fits in `limit` UTF-8 bytes without splitting a character
    /// (a Chinese character is three bytes, an emoji four or more).
    func prefix(utf8Bytes limit: Int) -> String {
        guard utf8.count > limit else { return self }
        var bytes = 0
        var end = startIndex
        for index in indices {
            let size = self[index].utf8.count
            if bytes + size > limit { break }
            bytes += size
            end = self.index(after: index)
        }
        return String(self[..<end])
    }

    /// Cut to `limit` bytes, marking the cut with an ellipsis so readers know there was more.
    func truncated(utf8Bytes limit: Int) -> String {
        guard utf8.count > limit else { return self }
        let mark = "…"
        return prefix(utf8Bytes: max(0, limit - mark.utf8.count)) + mark
    }
}
