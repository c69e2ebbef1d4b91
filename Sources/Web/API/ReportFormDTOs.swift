import Domain
import Foundation
import Vapor

/// A version of the report form: its number and its questions in order, retired ones included (marked).
struct ReportFormDTO: Content {
    var version: Int
    var questions: [ReportQuestionDTO]

    init(_ form: ReportForm) { version = form.version; questions = form.questions.map(ReportQuestionDTO.init) }
}

/// One question. The abnormal rule is flattened for clients: `abnormalOptions`, `abnormalAnswer` or `abnormalAtLeast`.
struct ReportQuestionDTO: Content {
    var id: String
    var labelZh: String
    var labelEn: String
    var kind: ReportQuestion.Kind
    var options: [Option]?
    var required: Bool
    var requiredWhen: ReportCondition?
    var healthData: Bool
    var minimum: Double?
    var maximum: Double?
    var abnormalOptions: [String]?
    var abnormalAnswer: Bool?
    var abnormalAtLeast: Double?
    var retired: Bool?

    struct Option: Content {
        var id: String
        var labelZh: String
        var labelEn: String
        var offCampus: Bool?
    }

    init(_ q: ReportQuestion) {
        id = q.id; labelZh = q.labelZh; labelEn = q.labelEn; kind = q.kind; required = q.isRequired
        options = q.options.isEmpty ? nil : q.options.map { Option(id: $0.id, labelZh: $0.labelZh, labelEn: $0.labelEn,
                                                                    offCampus: $0.meansOffCampus ? true : nil) }
        requiredWhen = q.requiredWhen; healthData = q.isHealthData; minimum = q.minimum; maximum = q.maximum
        retired = q.isRetired ? true : nil
        switch q.abnormalWhen {
        case nil: break
        case .options(let ids): abnormalOptions = ids
        case .answer(let yes): abnormalAnswer = yes
        case .atLeast(let value): abnormalAtLeast = value
        }
    }

    /// The question a client sent; more than one abnormal rule is refused rather than one picked.
    func question() throws -> ReportQuestion {
        let rules: [AbnormalRule] = [abnormalOptions.map(AbnormalRule.options), abnormalAnswer.map(AbnormalRule.answer),
                                     abnormalAtLeast.map(AbnormalRule.atLeast)].compactMap { $0 }
        guard rules.count <= 1 else {
            throw DomainError.invalid(field: id, message: Message(zh: "每个问题最多一条异常规则", en: "A question has at most one abnormal rule"))
        }
        return ReportQuestion(id: id, labelZh: labelZh, labelEn: labelEn, kind: kind,
                              options: (options ?? []).map { ReportOption(id: $0.id, labelZh: $0.labelZh, labelEn: $0.labelEn,
                                                                          meansOffCampus: $0.offCampus ?? false) },
                              isRequired: required, requiredWhen: requiredWhen, isHealthData: healthData, minimum: minimum,
                              maximum: maximum, abnormalWhen: rules.first, isRetired: retired ?? false)
    }
}

/// Body of PUT /api/v1/report-forms/current: the whole question list of the next version, on top of `basedOn`.
struct ReportFormRevision: Content {
    var basedOn: Int
    var questions: [ReportQuestionDTO]
}

/// The report times as HH:MM in the school's time zone.
struct ReportSettingsDTO: Content {
    var cutoff: String
    var reminder: String
    var remindersEnabled: Bool

    init(_ s: ReportSettings) {
        cutoff = ReportSettings.clockText(s.cutoffMinute); reminder = ReportSettings.clockText(s.reminderMinute)
        remindersEnabled = s.remindersEnabled
    }

    func settings() throws -> ReportSettings {
        try ReportSettingsForm.settings(["cutoff": cutoff, "reminder": reminder, "remindersEnabled": remindersEnabled ? "true" : ""])
    }
}

struct ReportReminderRequest: Content { var unit: UUID? }
struct ReportReminderResponse: Content { var reminded: Int }
