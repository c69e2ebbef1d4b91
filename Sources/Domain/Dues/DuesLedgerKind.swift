/// The kinds of line in an organisation's dues ledger (党费收缴、使用和管理). Raw values are stored.
public enum DuesLedgerKind: String, Codable, CaseIterable, Sendable {
    /// 收缴: dues collected from the organisation's members.
    case collected
    /// 上缴: passed up to the organisation above.
    case passedUp = "passed_up"
    /// 下级上缴: received from the organisations below.
    case receivedFromBelow = "received_from_below"
    /// 留存: the part kept by rule (a memo: it neither adds nor takes away).
    case kept
    /// 使用: spent on party education and activities.
    case spent
    /// 下拨: allocated to organisations below (e.g. 12万元 to front-line units).
    case allocated
    /// 慰问: relief of members in hardship.
    case hardshipRelief = "hardship_relief"

    public enum Direction: Sendable { case inflow, outflow, memo }

    public var direction: Direction {
        switch self {
        case .collected, .receivedFromBelow: .inflow
        case .passedUp, .spent, .allocated, .hardshipRelief: .outflow
        case .kept: .memo
        }
    }

    /// Using dues needs an approval (批准文件), whose reference the line must carry.
    public var needsApproval: Bool { self == .spent || self == .allocated || self == .hardshipRelief }

    public var label: Message {
        switch self {
        case .collected: Message(zh: "收缴", en: "Collected")
        case .passedUp: Message(zh: "上缴上级", en: "Passed up")
        case .receivedFromBelow: Message(zh: "下级上缴", en: "Received from below")
        case .kept: Message(zh: "留存", en: "Kept")
        case .spent: Message(zh: "使用", en: "Spent")
        case .allocated: Message(zh: "下拨", en: "Allocated")
        case .hardshipRelief: Message(zh: "慰问困难党员", en: "Hardship relief")
        }
    }
}
