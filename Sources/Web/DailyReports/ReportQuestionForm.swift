import Domain
import Foundation

/// The fields of the editor's question forms, read into a `ReportQuestion` and written back for display.
/// Only the shape of what was typed is checked here; whether the form as a whole holds together (unique ids,
/// rules that fit the kind, nothing deleted) is `ReportForm.revised(to:)`'s to say.
enum ReportQuestionForm {
    /// A question from the "add a question" form.
    static func new(_ fields: [String: String]) throws -> ReportQuestion {
        guard let kind = ReportQuestion.Kind(rawValue: fields["kind"] ?? "") else { throw invalid("kind", \.reportKindRequired) }
        let id = trimmed(fields["id"])
        return try edited(ReportQuestion(id: id, labelZh: "", labelEn: "", kind: kind), fields)
    }

    /// The question with the edit form's labels, flags, options and rule; its id and kind never change, so that
    /// the answers of every version stay comparable. A condition (required when …) is kept as it was.
    static func edited(_ question: ReportQuestion, _ fields: [String: String]) throws -> ReportQuestion {
        var q = question
        q.labelZh = trimmed(fields["labelZh"])
        q.labelEn = trimmed(fields["labelEn"]).isEmpty ? q.labelZh : trimmed(fields["labelEn"])
        q.isRequired = fields["required"] == "true"
        q.isHealthData = fields["healthData"] == "true"
        q.options = q.kind == .choice ? try options(fields["options"] ?? "") : []
        q.minimum = q.kind == .number ? try number(fields, "minimum") : nil
        q.maximum = q.kind == .number ? try number(fields, "maximum") : nil
        q.abnormalWhen = try rule(fields)
        return q
    }

    /// What the edit form shows of a stored question.
    static func fields(of q: ReportQuestion) -> [String: String] {
        var fields = ["id": q.id, "labelZh": q.labelZh, "labelEn": q.labelEn, "kind": q.kind.rawValue,
                      "required": q.isRequired ? "true" : "", "healthData": q.isHealthData ? "true" : "",
                      "options": optionLines(q.options), "minimum": q.minimum.map(number) ?? "",
                      "maximum": q.maximum.map(number) ?? "", "abnormal": "", "abnormalOptions": "", "abnormalValue": ""]
        switch q.abnormalWhen {
        case nil: break
        case .options(let ids): fields["abnormal"] = "options"; fields["abnormalOptions"] = ids.joined(separator: ",")
        case .answer(let yes): fields["abnormal"] = yes ? "yes" : "no"
        case .atLeast(let value): fields["abnormal"] = "atLeast"; fields["abnormalValue"] = number(value)
        }
        return fields
    }

    static func optionLines(_ options: [ReportOption]) -> String {
        options.map { "\($0.id)=\($0.labelZh)|\($0.labelEn)" + ($0.meansOffCampus ? "|off_campus" : "") }.joined(separator: "\n")
    }

    /// 37.3, and 100 rather than 100.0.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : String(value)
    }

    /// `id=中文标签|English[|off_campus]`, one a line; blank lines are skipped.
    static func options(_ text: String) throws -> [ReportOption] {
        try text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map { line in
            let pair = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let labels = pair.count == 2 ? pair[1].split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) } : []
            guard pair.count == 2, pair[0].range(of: "^[a-z][a-z0-9_]{0,39}$", options: .regularExpression) != nil,
                  (1...3).contains(labels.count), !labels[0].isEmpty, labels.count < 3 || labels[2] == "off_campus" else {
                throw DomainError.invalid(field: "options", message: Message(zh: Strings.zh.reportOptionLineInvalid(line),
                                                                               en: Strings.en.reportOptionLineInvalid(line)))
            }
            let english = labels.count > 1 && !labels[1].isEmpty ? labels[1] : labels[0]
            return ReportOption(id: pair[0], labelZh: labels[0], labelEn: english, meansOffCampus: labels.count == 3)
        }
    }

    private static func rule(_ fields: [String: String]) throws -> AbnormalRule? {
        switch fields["abnormal"] ?? "" {
        case "options":
            let ids = (fields["abnormalOptions"] ?? "").split(whereSeparator: { $0 == "," || $0 == "，" || $0.isWhitespace })
                .map(String.init)
            guard !ids.isEmpty else { throw invalid("abnormalOptions", \.reportAbnormalOptionsInvalid) }
            return .options(ids)
        case "yes": return .answer(true)
        case "no": return .answer(false)
        case "atLeast":
            guard let value = try number(fields, "abnormalValue") else { throw invalid("abnormalValue", \.reportNumberInvalid) }
            return .atLeast(value)
        default: return nil
        }
    }

    /// An optional number field: blank is none, anything else must read as a finite number.
    private static func number(_ fields: [String: String], _ name: String) throws -> Double? {
        let text = trimmed(fields[name])
        guard !text.isEmpty else { return nil }
        guard let value = Double(text), value.isFinite else { throw invalid(name, \.reportNumberInvalid) }
        return value
    }

    private static func trimmed(_ text: String?) -> String { (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    /// A refusal of one field in both languages of the catalog.
    static func invalid(_ field: String, _ text: KeyPath<Strings, String>) -> DomainError {
        .invalid(field: field, message: Message(zh: Strings.zh[keyPath: text], en: Strings.en[keyPath: text]))
    }
}
