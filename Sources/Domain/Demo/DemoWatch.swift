import Foundation

/// A student on the demo's watch list (重点人群随访), put there by an abnormal report, with the follow-ups logged.
public struct DemoWatch: Equatable, Sendable {
    public enum Status: String, Sendable { case open, closed }

    public var id: UUID
    public var reporter: Int
    public var personID: Person.ID
    public var openedDay: LocalDate
    public var reportID: UUID
    /// The abnormal answers, e.g. "今日身体状况：发热；体温：38.1℃".
    public var reason: String
    public var status: Status
    /// When the report was saved, which opened the watch.
    public var createdAt: Date
    public var closedAt: Date?
    /// `recovered` for a closed watch.
    public var closedReason: String?
    public var followUps: [DemoFollowUp]
}

/// A call or visit of the counsellor to a watched student.
public struct DemoFollowUp: Equatable, Sendable {
    public enum Method: String, Sendable { case call, visit }
    public enum Result: String, Sendable { case improved, recovered }

    public var id: UUID
    public var method: Method
    public var result: Result
    public var note: String
    public var happenedAt: Date

    static let notes: [Result: [String]] = [
        .improved: ["电话询问，症状减轻，已提醒按时服药", "到宿舍看望，体温下降，嘱咐多休息", "已陪同到校医院复诊，情况好转"],
        .recovered: ["电话回访，已痊愈，正常上课", "到宿舍看望，身体已恢复", "校医院复诊无异常，解除随访"],
    ]
}

extension DemoWatch {
    /// The abnormal answers of a report in the form's words, without the hints in brackets.
    static func reason(_ answers: DemoReportAnswers, form: ReportForm = .standard) -> String {
        let values = answers.answers
        return form.abnormalQuestions(values).map { question in
            let label = question.labelZh.components(separatedBy: "（")[0]
            let answer = values[question.id] ?? ""
            let text: String = switch question.kind {
            case .choice: question.option(answer)?.labelZh ?? answer
            case .yesNo: answer == ReportAnswers.text(true) ? "是" : "否"
            case .number: answer + (question.id == "temperature" ? "℃" : "")
            case .text: answer
            }
            return "\(label)：\(text)"
        }.joined(separator: "；")
    }
}
