/// Where a watch stands. The raw values are shared with the daily-report writer, which opens watches.
public enum WatchStatus: String, Codable, CaseIterable, Sendable {
    case open
    case closed
}
