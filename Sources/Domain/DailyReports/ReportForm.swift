/// One version of a school's daily report form (日报制). Versions are never edited: a change of the
/// questions is saved as the next version, and a report keeps the version it was answered in.
public struct ReportForm: Equatable, Sendable {
    public var version: Int
    public var questions: [ReportQuestion]

    public init(version: Int, questions: [ReportQuestion]) { self.version = version; self.questions = questions }

    /// The questions asked today, in order; retired ones are kept for older reports' sake.
    public var asked: [ReportQuestion] { questions.filter { !$0.isRetired } }

    /// The questions asked of a student with or without health consent.
    public func asked(healthConsent: Bool) -> [ReportQuestion] {
        asked.filter { healthConsent || !$0.isHealthData }
    }

    public func question(_ id: String) -> ReportQuestion? { questions.first { $0.id == id } }

    /// The choice questions, which the breakdowns (分类统计) count by.
    public var choiceQuestions: [ReportQuestion] { questions.filter { $0.kind == .choice || $0.kind == .yesNo } }

    /// Does this report place the student off campus today?
    public func isOffCampus(_ answers: ReportAnswers) -> Bool {
        questions.contains { q in
            q.kind == .choice && answers[q.id].flatMap(q.option)?.meansOffCampus == true
        }
    }
}
