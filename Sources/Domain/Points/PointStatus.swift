/// Where a ledger entry stands. Only `approved` entries count towards balances, rankings and archives.
public enum PointStatus: String, Codable, CaseIterable, Sendable {
    /// A manual entry waiting for the branch secretary or above.
    case pending
    case approved
    case refused
    /// An automatic entry that the caps left at 0 points, kept with its reason.
    case capped

    public var counts: Bool { self == .approved }

    public var label: Message {
        switch self {
        case .pending: Message(zh: "待审核", en: "Pending")
        case .approved: Message(zh: "已计入", en: "Counted")
        case .refused: Message(zh: "未通过", en: "Refused")
        case .capped: Message(zh: "已达上限", en: "Capped")
        }
    }
}
