import Foundation

/// One demo daily report (日报) as `DemoDailyReports` draws it: small enough to hold a school's day in memory, with
/// the flags a real submission would get from `ReportForm.standard` and `ReportTiming`.
public struct DemoReport: Equatable, Sendable {
    public var id: UUID
    /// The index of the student in `DemoDailyReports.reporters`.
    public var reporter: Int
    public var personID: Person.ID
    public var day: LocalDate
    public var answers: DemoReportAnswers
    public var isAbnormal: Bool
    public var isLate: Bool
    public var isOffCampus: Bool
    /// 2 when the student resubmitted; `previous` then holds the first submission.
    public var revision: Int
    public var submittedAt: Date
    public var previous: DemoReportRevision?
}

/// The first submission of a day that the student later replaced (`daily_report_revisions`).
public struct DemoReportRevision: Equatable, Sendable {
    public var answers: DemoReportAnswers
    public var isAbnormal: Bool
    public var isLate: Bool
    public var submittedAt: Date
}

/// The answers to `ReportForm.standard`, compactly: the demo draws over a million of them, and their JSON takes
/// few distinct values, so the seeder encodes each once (the type is `Hashable` for that).
public struct DemoReportAnswers: Hashable, Sendable {
    /// An option of `health`; nil without health consent (the question is not asked).
    public var health: String?
    /// The city when off campus; nil on campus.
    public var city: String?
    public var risk: Bool
    /// In tenths of a degree (373 = 37.3 ℃); nil when not given or without consent.
    public var temperatureTenths: Int?
    public var note: String?

    public init(health: String?, city: String? = nil, risk: Bool = false, temperatureTenths: Int? = nil, note: String? = nil) {
        self.health = health; self.city = city; self.risk = risk; self.temperatureTenths = temperatureTenths; self.note = note
    }

    /// The canonical answers, as `ReportForm.answers(from:healthConsent:)` would have stored them.
    public var answers: ReportAnswers {
        var values = ["location": city == nil ? "campus" : "off_campus", "risk": ReportAnswers.text(risk)]
        if let health { values["health"] = health }
        if let city { values["city"] = city }
        if let temperatureTenths { values["temperature"] = ReportAnswers.text(Double(temperatureTenths) / 10) }
        if let note { values["note"] = note }
        return ReportAnswers(values)
    }
}
