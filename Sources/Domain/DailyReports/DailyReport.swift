import Foundation

/// A student's report of one day (日报), in the form version it was answered in.
public struct DailyReport: Equatable, Sendable, Identifiable {
    public var id: UUID
    public var personID: Person.ID
    public var day: LocalDate
    public var formVersion: Int
    public var answers: ReportAnswers
    public var isAbnormal: Bool
    public var isLate: Bool
    public var isOffCampus: Bool
    /// 1 for the first submission of the day, one more for each resubmission.
    public var revision: Int
    public var submittedAt: Date

    public init(id: UUID, personID: Person.ID, day: LocalDate, formVersion: Int, answers: ReportAnswers, isAbnormal: Bool,
                isLate: Bool, isOffCampus: Bool, revision: Int, submittedAt: Date) {
        self.id = id; self.personID = personID; self.day = day; self.formVersion = formVersion; self.answers = answers
        self.isAbnormal = isAbnormal; self.isLate = isLate; self.isOffCampus = isOffCampus; self.revision = revision
        self.submittedAt = submittedAt
    }
}
