/// A school's daily report settings: the cut-off after which a report counts as late, and the time
/// the reminder goes to students who have not reported (minutes after midnight, the school's time zone).
public struct ReportSettings: Codable, Equatable, Sendable {
    public var cutoffMinute: Int
    public var reminderMinute: Int
    public var remindersEnabled: Bool

    public init(cutoffMinute: Int = 10 * 60, reminderMinute: Int = 9 * 60, remindersEnabled: Bool = true) {
        self.cutoffMinute = cutoffMinute; self.reminderMinute = reminderMinute; self.remindersEnabled = remindersEnabled
    }

    public static let standard = ReportSettings()

    public func validated() throws -> ReportSettings {
        for (field, minute) in [("cutoff", cutoffMinute), ("reminder", reminderMinute)] where !(0..<24 * 60).contains(minute) {
            throw DomainError.invalid(field: field, message: Message(zh: "时间应在 00:00 到 23:59 之间", en: "A time between 00:00 and 23:59"))
        }
        guard reminderMinute < cutoffMinute else {
            throw DomainError.invalid(field: "reminder", message: Message(zh: "提醒时间应早于截止时间", en: "The reminder comes before the cut-off"))
        }
        return self
    }

    /// "HH:MM" for a minute of the day, and back.
    public static func clockText(_ minute: Int) -> String { String(format: "%02d:%02d", minute / 60, minute % 60) }

    public static func minute(of text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0..<24).contains(h), (0..<60).contains(m) else { return nil }
        return h * 60 + m
    }
}
