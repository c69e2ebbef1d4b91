/// What one unit of a rule counts: each occurrence (a meeting, a payment, a story), an hour of service, or 30
/// minutes of study. A quantity is given in the unit's base (occurrences, hours, minutes) and divided here.
public enum PointUnit: String, Codable, CaseIterable, Sendable {
    case occurrence, hour
    case thirtyMinutes = "thirty_minutes"

    /// How many of the quantity's base make one unit (30 study minutes make one unit; leftovers earn nothing).
    public var base: Int { self == .thirtyMinutes ? 30 : 1 }

    public func units(of quantity: Int) -> Int { max(0, quantity) / base }

    public var label: Message {
        switch self {
        case .occurrence: Message(zh: "每次", en: "each time")
        case .hour: Message(zh: "每小时", en: "per hour")
        case .thirtyMinutes: Message(zh: "每30分钟", en: "per 30 minutes")
        }
    }

    /// What the quantity of an entry counts, for forms.
    public var quantityLabel: Message {
        switch self {
        case .occurrence: Message(zh: "次数", en: "Times")
        case .hour: Message(zh: "小时数", en: "Hours")
        case .thirtyMinutes: Message(zh: "分钟数", en: "Minutes")
        }
    }
}
