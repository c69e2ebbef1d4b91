import Domain
import Foundation

/// A student's report as the request brought it, before the writer checks it against what is stored.
public struct ReportSubmission: Sendable {
    public var schoolID: School.ID
    public var personID: Person.ID
    public var form: ReportForm
    /// The answers as typed, checked against `form` here, on the request's thread; the writer picks the
    /// outcome for the student's consent in force.
    public var answers: CheckedAnswers
    public var idempotencyKey: String?
    public var address: String
    public var submittedAt: Date
    public var timing: ReportTiming

    public init(schoolID: School.ID, personID: Person.ID, form: ReportForm, typed: [String: String],
                idempotencyKey: String?, address: String, submittedAt: Date, timing: ReportTiming) {
        self.schoolID = schoolID; self.personID = personID; self.form = form
        answers = CheckedAnswers(typed, form: form)
        day = timing.day(of: submittedAt)
        self.idempotencyKey = idempotencyKey; self.address = address; self.submittedAt = submittedAt; self.timing = timing
    }

    /// The day the report is for, in the school's time zone; worked out once, the writer asks for it often.
    public let day: LocalDate
}

/// What the student is told once the report is committed (or was already, for a replayed key).
public struct ReportReceipt: Sendable, Equatable {
    public var reportID: UUID
    public var day: LocalDate
    public var revision: Int
    public var formVersion: Int
    public var isLate: Bool
    public var isAbnormal: Bool
    public var submittedAt: Date
    /// The same Idempotency-Key and answers as a report already stored: nothing was written.
    public var isReplay: Bool
}
