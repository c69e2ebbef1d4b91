/// A unit's day in numbers (上报率): who was expected, who reported, late and abnormal. Expected counts the
/// enrolled students not on approved leave that day; missing is expected minus reported, never below zero
/// (a student on leave may still report).
public struct ReportTally: Equatable, Sendable {
    public var enrolled: Int
    public var onLeave: Int
    public var reported: Int
    public var late: Int
    public var abnormal: Int

    public init(enrolled: Int = 0, onLeave: Int = 0, reported: Int = 0, late: Int = 0, abnormal: Int = 0) {
        self.enrolled = enrolled; self.onLeave = onLeave; self.reported = reported; self.late = late; self.abnormal = abnormal
    }

    public var expected: Int { max(0, enrolled - onLeave) }
    public var missing: Int { max(0, expected - reported) }

    /// Reported over expected, in per mille so that it stays an integer (0…1000); nil when no one is expected.
    public var ratePerMille: Int? {
        guard expected > 0 else { return nil }
        return min(1000, (reported * 1000 + expected / 2) / expected)
    }

    /// "97.5%", or "—" when no one is expected.
    public var rateText: String {
        guard let rate = ratePerMille else { return "—" }
        return rate % 10 == 0 ? "\(rate / 10)%" : "\(rate / 10).\(rate % 10)%"
    }

    public static func + (a: ReportTally, b: ReportTally) -> ReportTally {
        ReportTally(enrolled: a.enrolled + b.enrolled, onLeave: a.onLeave + b.onLeave, reported: a.reported + b.reported,
                    late: a.late + b.late, abnormal: a.abnormal + b.abnormal)
    }
}
