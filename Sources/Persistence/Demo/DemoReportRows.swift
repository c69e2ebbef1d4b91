import Domain
import Foundation
import SQLKit

/// A batch of reports and their revisions as the text of multi-row inserts, values written as literals. Over a
/// million reports of 14 columns, binding each value (an existential encoded per value by the driver) took most of
/// the seeding time; the values are the generator's own (UUIDs, ISO days, numbers, JSON of a fixed vocabulary), and
/// text is quoted all the same. Literals are written as the drivers store binds: on SQLite, UUIDs as upper-case
/// text, instants as REAL seconds since 1970, booleans as 0/1; on PostgreSQL, typed by the column (`to_timestamp`).
struct ReportRows: Sendable {
    var statements: [String] = []
    var reportCount = 0

    static let reportColumns = """
        "id", "school_id", "person_id", "day", "class_id", "dorm_id", "grid_path", "form_version", "answers", \
        "abnormal", "late", "off_campus", "revision", "submitted_at"
        """
    static let revisionColumns = """
        "id", "report_id", "person_id", "day", "revision", "form_version", "answers", "abnormal", "late", "submitted_at"
        """
    /// Rows per statement: a few hundred kilobytes of SQL.
    static let statementRows = 1_000

    init(_ generated: [DemoReport], literals: inout ReportLiterals) {
        reportCount = generated.count
        let version = String(DemoDailyReports.form.version)
        var reports: [String] = [], revisions: [String] = []
        for r in generated {
            let id = literals.uuid(r.id), person = literals.uuid(r.personID.rawValue), day = literals.day(r.day)
            let place = literals.places[r.reporter]
            reports.append("(\(id),\(literals.school),\(person),\(day),\(place),\(version),\(literals.answers(r.answers)),"
                           + "\(literals.bool(r.isAbnormal)),\(literals.bool(r.isLate)),\(literals.bool(r.isOffCampus)),"
                           + "\(r.revision),\(literals.instant(r.submittedAt)))")
            if let p = r.previous {
                revisions.append("(\(literals.uuid(UUID())),\(id),\(person),\(day),1,\(version),\(literals.answers(p.answers)),"
                                 + "\(literals.bool(p.isAbnormal)),\(literals.bool(p.isLate)),\(literals.instant(p.submittedAt)))")
            }
        }
        for (table, columns, rows) in [("daily_reports", Self.reportColumns, reports),
                                       ("daily_report_revisions", Self.revisionColumns, revisions)] {
            for start in stride(from: 0, to: rows.count, by: Self.statementRows) {
                let values = rows[start..<min(start + Self.statementRows, rows.count)].joined(separator: ",")
                statements.append("INSERT INTO \(table) (\(columns)) VALUES \(values)")
            }
        }
    }

    func insert(on sql: any SQLDatabase) async throws {
        for statement in statements { try await sql.raw(SQLQueryString(statement)).run() }
    }
}

/// SQL literals for the report rows of one school, in the database's dialect; a report's places (class, dorm, grid
/// path) and the JSON of each distinct set of answers are written once.
struct ReportLiterals: Sendable {
    let postgres: Bool
    let school: String
    /// `class_id, dorm_id, grid_path` of each reporter.
    let places: [String]
    private var json: [DemoReportAnswers: String] = [:]
    private var days: [LocalDate: String] = [:]

    init(dialect: String, school: School.ID, reporters: [DemoReporter]) {
        postgres = dialect == "postgresql"
        let uuid = { (id: UUID?) in id.map { "'\($0.uuidString)'" } ?? "NULL" }
        self.school = uuid(school.rawValue)
        places = reporters.map { r in
            "\(uuid(r.classID?.rawValue)),\(uuid(r.dormID?.rawValue)),\(r.gridPath.map { Self.text($0.rawValue) } ?? "NULL")"
        }
    }

    static func text(_ value: String) -> String { "'" + value.replacingOccurrences(of: "'", with: "''") + "'" }

    func uuid(_ id: UUID) -> String { "'\(id.uuidString)'" }

    func bool(_ value: Bool) -> String { postgres ? (value ? "TRUE" : "FALSE") : (value ? "1" : "0") }

    func instant(_ date: Date) -> String {
        postgres ? "to_timestamp(\(date.timeIntervalSince1970))" : "\(date.timeIntervalSince1970)"
    }

    mutating func day(_ day: LocalDate) -> String {
        if let hit = days[day] { return hit }
        let text = "'\(day.iso)'"
        days[day] = text
        return text
    }

    mutating func answers(_ answers: DemoReportAnswers) -> String {
        if let hit = json[answers] { return hit }
        let text = Self.text(answers.answers.json)
        json[answers] = text
        return text
    }
}
