/// What a student typed, checked against one form version for both consent states. The check runs on the
/// request's thread; the report writer, the one serial step of the morning peak, learns the consent in its
/// transaction and only picks the outcome.
public struct CheckedAnswers: Sendable {
    public struct Outcome: Sendable, Equatable {
        public var answers: ReportAnswers
        /// The stored form of the answers (`ReportAnswers.json`).
        public var json: String
        public var isAbnormal: Bool
        public var isOffCampus: Bool
    }

    private let withConsent: Result<Outcome, any Error>
    private let withoutConsent: Result<Outcome, any Error>

    public init(_ typed: [String: String], form: ReportForm) {
        func check(consent: Bool) -> Result<Outcome, any Error> {
            Result {
                let answers = try form.answers(from: typed, healthConsent: consent)
                return Outcome(answers: answers, json: answers.json, isAbnormal: form.isAbnormal(answers),
                               isOffCampus: form.isOffCampus(answers))
            }
        }
        withConsent = check(consent: true)
        withoutConsent = check(consent: false)
    }

    /// The canonical answers for a student with or without health consent, or why they are refused.
    public func outcome(healthConsent: Bool) throws -> Outcome {
        try (healthConsent ? withConsent : withoutConsent).get()
    }
}
