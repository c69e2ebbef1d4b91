import Domain
import Foundation
import SQLKit

extension DailyReportStore {
    /// The students of a unit expected on a day who have not reported (未报), by class and number.
    public func missing(under unitID: GridUnit.ID?, on day: LocalDate, school: School.ID, scope: Scope) async throws -> [ReportListEntry] {
        let path = try await unitPath(unitID, scope: scope)
        let leave = try await leaves.onLeavePersonIDs(school: school, day: day, gridPath: path)
        let rows = try await sql.raw("""
            SELECT p.id, p.number, p.name, c.name AS class_name, d.name AS dorm_name FROM people p
            LEFT JOIN grid_units c ON c.id = p.class_id LEFT JOIN grid_units d ON d.id = p.dorm_id
            WHERE p.school_id = \(bind: school.rawValue) AND p.kind = 'student' AND p.grid_path LIKE \(bind: path?.subtreePattern ?? "%")
            AND \(scope.gridPredicate(path: "p.grid_path", person: "p.id", school: "p.school_id"))
            AND NOT EXISTS (SELECT 1 FROM daily_reports r WHERE r.person_id = p.id AND r.day = \(bind: day.iso))
            ORDER BY c.name, p.number
            """).all(decoding: PersonRow.self)
        return rows.filter { !leave.contains($0.id) }.map { $0.entry(report: nil, reasons: []) }
    }

    /// The day's abnormal reports (异常) of a unit, with the answers that made them so.
    public func abnormal(under unitID: GridUnit.ID?, on day: LocalDate, school: School.ID, scope: Scope,
                         forms: ReportFormStore) async throws -> [ReportListEntry] {
        let path = try await unitPath(unitID, scope: scope)
        let rows = try await sql.raw("""
            SELECT p.id, p.number, p.name, c.name AS class_name, d.name AS dorm_name,
                   r.id AS report_id, r.form_version, r.answers, r.late, r.off_campus, r.revision, r.submitted_at
            FROM daily_reports r JOIN people p ON p.id = r.person_id
            LEFT JOIN grid_units c ON c.id = p.class_id LEFT JOIN grid_units d ON d.id = p.dorm_id
            WHERE r.day = \(bind: day.iso) AND r.abnormal = \(bind: true) AND r.school_id = \(bind: school.rawValue)
            AND r.grid_path LIKE \(bind: path?.subtreePattern ?? "%")
            AND \(scope.gridPredicate(path: "r.grid_path", person: "r.person_id", school: "r.school_id"))
            ORDER BY c.name, p.number
            """).all(decoding: AbnormalRow.self)
        var formsByVersion: [Int: ReportForm] = [:]
        var entries: [ReportListEntry] = []
        for row in rows {
            if formsByVersion[row.form_version] == nil { formsByVersion[row.form_version] = try await forms.version(row.form_version, of: school) }
            let answers = ReportAnswers(json: row.answers)
            let reasons = formsByVersion[row.form_version].map { ReportWords.abnormal(answers, in: $0) } ?? []
            let report = DailyReport(id: row.report_id, personID: .init(row.id), day: day, formVersion: row.form_version,
                                     answers: answers, isAbnormal: true, isLate: row.late, isOffCampus: row.off_campus,
                                     revision: row.revision, submittedAt: row.submitted_at)
            entries.append(PersonRow(id: row.id, number: row.number, name: row.name, class_name: row.class_name,
                                     dorm_name: row.dorm_name).entry(report: report, reasons: reasons))
        }
        return entries
    }

    /// How a unit's reports of a day answered one choice or yes/no question (分类统计).
    public func breakdown(of question: ReportQuestion, under unitID: GridUnit.ID?, on day: LocalDate, school: School.ID,
                          scope: Scope) async throws -> ReportBreakdown {
        let path = try await unitPath(unitID, scope: scope)
        let rows = try await sql.raw("""
            SELECT answers FROM daily_reports r
            WHERE r.day = \(bind: day.iso) AND r.school_id = \(bind: school.rawValue)
            AND r.grid_path LIKE \(bind: path?.subtreePattern ?? "%")
            AND \(scope.gridPredicate(path: "r.grid_path", person: "r.person_id", school: "r.school_id"))
            """).all(decoding: AnswersRow.self)
        var tally: [String: Int] = [:]
        var unanswered = 0
        for row in rows {
            if let answer = ReportAnswers(json: row.answers)[question.id] { tally[answer, default: 0] += 1 } else { unanswered += 1 }
        }
        let choices: [(String, Message)] = question.kind == .yesNo
            ? [("yes", Message(zh: "是", en: "Yes")), ("no", Message(zh: "否", en: "No"))]
            : question.options.map { ($0.id, $0.label) }
        return ReportBreakdown(question: question, counts: choices.map { ($0.0, $0.1, tally[$0.0] ?? 0) }, unanswered: unanswered)
    }

    /// The grid path a list is limited to; nil for the whole reach (the scope predicate still applies).
    private func unitPath(_ unitID: GridUnit.ID?, scope: Scope) async throws -> TreePath? {
        guard let unitID else { return nil }
        return try await GridStore(database: database).find(unitID, scope: scope).path
    }

    struct PersonRow: Decodable {
        var id: UUID, number: String, name: String, class_name: String?, dorm_name: String?
        func entry(report: DailyReport?, reasons: [String]) -> ReportListEntry {
            ReportListEntry(personID: .init(id), number: number, name: name, className: class_name ?? "—",
                            dormName: dorm_name, report: report, reasons: reasons)
        }
    }

    struct AbnormalRow: Decodable {
        var id: UUID, number: String, name: String, class_name: String?, dorm_name: String?
        var report_id: UUID, form_version: Int, answers: String, late: Bool, off_campus: Bool, revision: Int, submitted_at: Date
    }

    struct AnswersRow: Decodable { var answers: String }
}
