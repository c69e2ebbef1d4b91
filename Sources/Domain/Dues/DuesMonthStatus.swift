/// Where one month of one member stands.
public enum DuesMonthStatus: Equatable, Sendable {
    /// Before the member owed anything (not yet admitted or not yet in the branch).
    case notDue
    /// Paid: the amount recorded.
    case paid(amount: Int)
    /// 免交, approved.
    case exempt
    /// Owed and unpaid, with the amount (a 少交 amount when `reduced`).
    case owed(amount: Int, reduced: Bool)
    /// Owed, but no category and base were set for the year, so the amount is unknown.
    case unassessed
    /// A month still to come.
    case upcoming

    /// The code forms, exports and the API use.
    public var code: String {
        switch self {
        case .notDue: "not_due"
        case .paid: "paid"
        case .exempt: "exempt"
        case .owed: "owed"
        case .unassessed: "unassessed"
        case .upcoming: "upcoming"
        }
    }

    public static let codes = ["not_due", "paid", "exempt", "owed", "unassessed", "upcoming"]
}
