import Domain

/// Answers in words, for lists, watches and exports ("今日身体状况：发热").
public enum ReportWords {
    public static func abnormal(_ answers: ReportAnswers, in form: ReportForm) -> [String] {
        form.abnormalQuestions(answers).map { "\($0.labelZh)：\(answer($0, answers))" }
    }

    public static func answer(_ question: ReportQuestion, _ answers: ReportAnswers, locale: Message.Locale = .zhHans) -> String {
        guard let value = answers[question.id] else { return "" }
        switch question.kind {
        case .choice: return question.option(value)?.label.text(locale) ?? value
        case .yesNo: return value == "yes" ? Message(zh: "是", en: "Yes").text(locale) : Message(zh: "否", en: "No").text(locale)
        case .number, .text: return value
        }
    }
}
