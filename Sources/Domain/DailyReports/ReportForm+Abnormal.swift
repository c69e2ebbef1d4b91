extension ReportForm {
    /// The questions whose answers made the report abnormal (异常); empty for a normal report.
    public func abnormalQuestions(_ answers: ReportAnswers) -> [ReportQuestion] {
        questions.filter { question in
            guard let rule = question.abnormalWhen, let answer = answers[question.id] else { return false }
            return rule.matches(answer)
        }
    }

    public func isAbnormal(_ answers: ReportAnswers) -> Bool { !abnormalQuestions(answers).isEmpty }
}

extension AbnormalRule {
    func matches(_ answer: String) -> Bool {
        switch self {
        case .options(let ids): ids.contains(answer)
        case .answer(let yes): answer == ReportAnswers.text(yes)
        case .atLeast(let threshold): (Double(answer) ?? -.infinity) >= threshold
        }
    }
}
