/// Why a watch was closed. `.other` carries the counsellor's own words; the others may.
public struct WatchClosing: Equatable, Sendable {
    public enum Reason: String, Codable, CaseIterable, Sendable {
        /// 已康复
        case recovered
        /// 情况已解除
        case resolved
        /// 离校 / 毕业
        case leftSchool = "left_school"
        case other
    }

    public var reason: Reason
    public var text: String

    public init(reason: Reason, text: String = "") { self.reason = reason; self.text = text }

    /// The single `closed_reason` column: the code, then the words after a colon where there are any.
    public var stored: String { text.isEmpty ? reason.rawValue : reason.rawValue + ":" + text }

    public init?(stored: String) {
        let parts = stored.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let reason = Reason(rawValue: String(parts[0])) else { return nil }
        self.init(reason: reason, text: parts.count > 1 ? String(parts[1]) : "")
    }
}
