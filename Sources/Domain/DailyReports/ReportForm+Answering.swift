import Foundation

extension ReportForm {
    /// Checks what a student typed against this version and returns the canonical answers. Without health
    /// consent the health questions are not asked, and an answer to one is refused rather than dropped.
    public func answers(from raw: [String: String], healthConsent: Bool) throws -> ReportAnswers {
        let typed = raw.mapValues(\.trimmed).filter { !$0.value.isEmpty }
        let asked = self.asked
        func isUnknown(_ key: String) -> Bool { !asked.contains { $0.id == key } }
        if typed.keys.contains(where: isUnknown), let unknown = typed.keys.sorted().first(where: isUnknown) {
            throw DomainError.invalid(field: unknown, message: Message(zh: "表单中没有这个问题：\(unknown)",
                                                                       en: "The form has no question \(unknown)"))
        }
        if !healthConsent, let health = asked.first(where: { $0.isHealthData && typed[$0.id] != nil }) {
            throw DomainError.invalid(field: health.id, message: Message(
                zh: "填写健康信息前需要先同意健康信息处理（“\(health.labelZh)”）",
                en: "Health answers need your consent first (\(health.labelEn))"))
        }
        let questions = asked.filter { healthConsent || !$0.isHealthData }
        var answers: [String: String] = [:]
        for question in questions {
            if let text = typed[question.id] { answers[question.id] = try question.canonical(text) }
        }
        for question in questions where answers[question.id] == nil {
            let conditionMet = question.requiredWhen.map { answers[$0.questionID] == $0.answer } ?? false
            if question.isRequired && question.requiredWhen == nil || conditionMet {
                throw DomainError.invalid(field: question.id, message: Message(
                    zh: "请回答：\(question.labelZh)", en: "Please answer: \(question.labelEn)"))
            }
        }
        return ReportAnswers(answers)
    }
}

extension ReportQuestion {
    /// The canonical text of one answer, or the error the student sees beside the question.
    func canonical(_ text: String) throws -> String {
        switch kind {
        case .choice:
            guard option(text) != nil else { throw invalid(zh: "请选择一个选项", en: "choose one of the options") }
            return text
        case .yesNo:
            switch text.lowercased() {
            case "yes", "true", "1", "是": return ReportAnswers.text(true)
            case "no", "false", "0", "否": return ReportAnswers.text(false)
            default: throw invalid(zh: "请选择“是”或“否”", en: "answer yes or no")
            }
        case .number:
            guard let number = Double(text), number.isFinite else { throw invalid(zh: "请填写数字", en: "enter a number") }
            if let minimum, number < minimum { throw invalid(zh: "不能小于 \(ReportAnswers.text(minimum))", en: "at least \(ReportAnswers.text(minimum))") }
            if let maximum, number > maximum { throw invalid(zh: "不能大于 \(ReportAnswers.text(maximum))", en: "at most \(ReportAnswers.text(maximum))") }
            return ReportAnswers.text(number)
        case .text:
            guard text.count <= 200 else { throw invalid(zh: "不能超过 200 字", en: "at most 200 characters") }
            return text
        }
    }

    private func invalid(zh: String, en: String) -> DomainError {
        .invalid(field: id, message: Message(zh: "\(labelZh)：\(zh)", en: "\(labelEn): \(en)"))
    }
}
