/// One question of the daily report form. Its `id` is stable across form versions, so that answers of
/// different versions can be compared and broken down; a retired question stays in the form, unasked.
public struct ReportQuestion: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var labelZh: String
    public var labelEn: String
    public var kind: Kind
    /// The choices of a `.choice` question, in the order shown.
    public var options: [ReportOption]
    public var isRequired: Bool
    /// Required only when another question has this answer (the city when off campus).
    public var requiredWhen: ReportCondition?
    /// Health data: asked and stored only with the student's separate consent.
    public var isHealthData: Bool
    /// The valid range of a `.number` question.
    public var minimum: Double?
    public var maximum: Double?
    /// Which answers make the report abnormal (异常), if any.
    public var abnormalWhen: AbnormalRule?
    public var isRetired: Bool

    public enum Kind: String, Codable, CaseIterable, Sendable {
        case choice, number, text, yesNo = "yes_no"
    }

    public init(id: String, labelZh: String, labelEn: String, kind: Kind, options: [ReportOption] = [],
                isRequired: Bool = true, requiredWhen: ReportCondition? = nil, isHealthData: Bool = false,
                minimum: Double? = nil, maximum: Double? = nil, abnormalWhen: AbnormalRule? = nil, isRetired: Bool = false) {
        self.id = id; self.labelZh = labelZh; self.labelEn = labelEn; self.kind = kind; self.options = options
        self.isRequired = isRequired; self.requiredWhen = requiredWhen; self.isHealthData = isHealthData
        self.minimum = minimum; self.maximum = maximum; self.abnormalWhen = abnormalWhen; self.isRetired = isRetired
    }

    public var label: Message { Message(zh: labelZh, en: labelEn) }

    public func option(_ id: String) -> ReportOption? { options.first { $0.id == id } }
}

/// A choice of a `.choice` question.
public struct ReportOption: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var labelZh: String
    public var labelEn: String
    /// Choosing it means the student is off campus today (the grid's off-campus count).
    public var meansOffCampus: Bool

    public init(id: String, labelZh: String, labelEn: String, meansOffCampus: Bool = false) {
        self.id = id; self.labelZh = labelZh; self.labelEn = labelEn; self.meansOffCampus = meansOffCampus
    }

    public var label: Message { Message(zh: labelZh, en: labelEn) }
}

/// "When question `questionID` was answered `answer`" (an option id, or `yes`/`no`).
public struct ReportCondition: Codable, Equatable, Sendable {
    public var questionID: String
    public var answer: String
    public init(questionID: String, answer: String) { self.questionID = questionID; self.answer = answer }
}

/// The answers that make a report abnormal.
public enum AbnormalRule: Codable, Equatable, Sendable {
    /// A choice question: any of these options.
    case options([String])
    /// A yes/no question: this answer.
    case answer(Bool)
    /// A number question: at or above this value (a temperature of 37.3 °C or more).
    case atLeast(Double)
}
