extension ReportForm {
    /// The next version with these questions, checked: ids are unique and well formed, choices have options,
    /// conditions and rules point at what exists, and no question of an earlier version disappears (retire it).
    public func revised(to questions: [ReportQuestion]) throws -> ReportForm {
        let next = ReportForm(version: version + 1, questions: questions)
        try next.validate(keeping: self)
        return next
    }

    func validate(keeping previous: ReportForm?) throws {
        var seen = Set<String>()
        for question in questions {
            guard question.id.range(of: "^[a-z][a-z0-9_]{0,39}$", options: .regularExpression) != nil else {
                throw invalid(question.id, zh: "问题编号只能用小写字母、数字和下划线，并以字母开头", en: "a question id is lower-case letters, digits and underscores, starting with a letter")
            }
            guard seen.insert(question.id).inserted else { throw invalid(question.id, zh: "问题编号重复", en: "the question id is used twice") }
            guard !question.labelZh.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw invalid(question.id, zh: "问题需要中文标题", en: "the question needs a Chinese label")
            }
            if question.kind == .choice, question.options.count < 2 {
                throw invalid(question.id, zh: "选择题至少需要两个选项", en: "a choice needs at least two options")
            }
            if Set(question.options.map(\.id)).count != question.options.count {
                throw invalid(question.id, zh: "选项编号重复", en: "an option id is used twice")
            }
            if let condition = question.requiredWhen, self.question(condition.questionID) == nil || condition.questionID == question.id {
                throw invalid(question.id, zh: "条件引用的问题不存在", en: "the condition refers to no other question")
            }
            try validateRule(of: question)
        }
        guard !asked.isEmpty else { throw invalid(nil, zh: "表单至少要有一个在用的问题", en: "the form needs at least one question in use") }
        if let previous, let lost = previous.questions.first(where: { self.question($0.id) == nil }) {
            throw invalid(lost.id, zh: "已有问题不能删除，只能停用（\(lost.labelZh)）", en: "a question cannot be deleted, only retired (\(lost.labelEn))")
        }
    }

    private func validateRule(of question: ReportQuestion) throws {
        switch (question.abnormalWhen, question.kind) {
        case (nil, _), (.answer, .yesNo), (.atLeast, .number): return
        case (.options(let ids), .choice) where ids.allSatisfy({ question.option($0) != nil }): return
        default:
            throw invalid(question.id, zh: "异常规则与问题类型不符", en: "the abnormal rule does not fit the question's kind")
        }
    }

    private func invalid(_ field: String?, zh: String, en: String) -> DomainError {
        .invalid(field: field, message: Message(zh: zh, en: en))
    }

    /// Moves a question up or down by one place (the editor's arrows).
    public static func moving(_ questions: [ReportQuestion], _ id: String, by offset: Int) -> [ReportQuestion] {
        guard let from = questions.firstIndex(where: { $0.id == id }) else { return questions }
        let to = from + offset
        guard questions.indices.contains(to) else { return questions }
        var moved = questions
        moved.swapAt(from, to)
        return moved
    }
}
