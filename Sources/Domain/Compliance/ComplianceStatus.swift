/// The state of one branch × required kind × period on the 工作欠账 board.
public enum ComplianceStatus: String, Codable, CaseIterable, Sendable {
    /// Enough complete meetings were held.
    case done
    /// Enough were held, but one lacks a required element (规定环节).
    case incomplete
    /// The current period, not yet satisfied: still time.
    case due
    /// The period ended without enough meetings: a gap (欠账).
    case overdue
    /// The organisation did not exist (or no longer existed) in that period.
    case notApplicable = "not_applicable"
    /// A period that has not begun.
    case upcoming

    public var label: Message {
        switch self {
        case .done: Message(zh: "已完成", en: "Done")
        case .incomplete: Message(zh: "不完整", en: "Incomplete")
        case .due: Message(zh: "待完成", en: "Due")
        case .overdue: Message(zh: "欠账", en: "Overdue")
        case .notApplicable: Message(zh: "不适用", en: "Not applicable")
        case .upcoming: Message(zh: "未开始", en: "Upcoming")
        }
    }

    /// Short mark for a dense grid cell.
    public var mark: String {
        switch self {
        case .done: "✓"
        case .incomplete: "△"
        case .due: "○"
        case .overdue: "✗"
        case .notApplicable: "—"
        case .upcoming: "·"
        }
    }
}
