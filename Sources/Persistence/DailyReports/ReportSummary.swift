import Domain
import Foundation

/// A unit's day (上报情况) and the same numbers for each unit one level down the grid.
public struct ReportSummary: Sendable {
    public var day: LocalDate
    /// nil for the whole of the actor's reach (the school, for the organisation department).
    public var unit: GridUnit?
    /// The units above, from the top of the actor's reach, for the breadcrumb.
    public var trail: [GridUnit]
    public var total: ReportTally
    public var rows: [Row]

    public struct Row: Sendable {
        /// A grid unit, or nil with `label` for a class's students without a dorm.
        public var unit: GridUnit?
        public var label: String
        public var tally: ReportTally
    }
}

/// One day of a unit's 30-day trend.
public struct ReportTrendPoint: Sendable, Equatable {
    public var day: LocalDate
    public var tally: ReportTally
}

/// A student in the missing or abnormal list.
public struct ReportListEntry: Sendable {
    public var personID: Person.ID
    public var number: String
    public var name: String
    public var className: String
    public var dormName: String?
    /// The report, for the abnormal list (nil in the missing list).
    public var report: DailyReport?
    /// The abnormal answers in words, e.g. "今日身体状况：发热".
    public var reasons: [String]
}

/// How the reports of a day answered one choice question (分类统计).
public struct ReportBreakdown: Sendable {
    public var question: ReportQuestion
    public var counts: [(option: String, label: Message, count: Int)]
    public var unanswered: Int
}
