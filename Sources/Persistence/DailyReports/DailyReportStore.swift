import Domain
import FluentKit
import Foundation
import SQLKit

/// Reading the daily reports: a student's own, a unit's day, its lists, trend and breakdowns. Reports are
/// written only by the `ReportWriter`.
public struct DailyReportStore: Sendable {
    let database: any Database
    let audit: AuditLog
    /// The writer whose copy of the day's counters the summaries read; without one they query the table.
    var counters: ReportWriter?

    init(database: any Database, audit: AuditLog) { self.database = database; self.audit = audit }

    /// The same store, reading the day's counters from the process's report writer.
    public func counting(with writer: ReportWriter) -> DailyReportStore {
        var store = self
        store.counters = writer
        return store
    }

    var sql: any SQLDatabase { database as! any SQLDatabase }

    /// A student's reports, newest day first.
    public func reports(of person: Person.ID, scope: Scope, limit: Int = 30) async throws -> [DailyReport] {
        try await sql.select().columns(StoredReport.columns).from("daily_reports")
            .where("person_id", .equal, SQLBind(person.rawValue))
            .where(scope.gridPredicate(path: "grid_path", person: "person_id", school: "school_id"))
            .orderBy("day", .descending).limit(limit)
            .all(decoding: StoredReport.self).map(\.domain)
    }

    /// A student's report of one day, if there is one in scope.
    public func report(of person: Person.ID, on day: LocalDate, scope: Scope) async throws -> DailyReport? {
        try await sql.select().columns(StoredReport.columns).from("daily_reports")
            .where("person_id", .equal, SQLBind(person.rawValue)).where("day", .equal, SQLBind(day.iso))
            .where(scope.gridPredicate(path: "grid_path", person: "person_id", school: "school_id"))
            .first(decoding: StoredReport.self)?.domain
    }

    /// The earlier answers of a day's report, newest first.
    public func revisions(of person: Person.ID, on day: LocalDate) async throws -> [DailyReport] {
        try await sql.select().columns("report_id", "person_id", "day", "form_version", "answers", "abnormal", "late",
                                       "revision", "submitted_at")
            .from("daily_report_revisions")
            .where("person_id", .equal, SQLBind(person.rawValue)).where("day", .equal, SQLBind(day.iso))
            .orderBy("revision", .descending).all(decoding: RevisionRow.self).map(\.domain)
    }

    /// Recomputes the per-day, per-class counters of a school from the reports (after an import or a repair).
    public func rebuildCounts(of school: School.ID, context: AuditContext) async throws {
        try await database.writing { tx in
            let sql = tx as! any SQLDatabase
            try await sql.delete(from: "daily_report_counts").where("school_id", .equal, SQLBind(school.rawValue)).run()
            try await sql.raw("""
                INSERT INTO daily_report_counts (school_id, day, class_id, reported, late, abnormal)
                SELECT school_id, day, class_id, COUNT(*),
                       CAST(SUM(CASE WHEN late THEN 1 ELSE 0 END) AS INTEGER),
                       CAST(SUM(CASE WHEN abnormal THEN 1 ELSE 0 END) AS INTEGER)
                FROM daily_reports WHERE school_id = \(bind: school.rawValue) AND class_id IS NOT NULL
                GROUP BY school_id, day, class_id
                """).run()
            try await audit.append(context.event(.reportCountsRebuilt, target: "school:\(school.rawValue)", school: school), on: tx)
        }
    }
}

struct RevisionRow: Decodable {
    var report_id: UUID, person_id: UUID, day: String, form_version: Int, answers: String, abnormal: Bool, late: Bool
    var revision: Int, submitted_at: Date
    var domain: DailyReport {
        DailyReport(id: report_id, personID: .init(person_id), day: LocalDate(iso: day)!, formVersion: form_version,
                    answers: ReportAnswers(json: answers), isAbnormal: abnormal, isLate: late, isOffCampus: false,
                    revision: revision, submittedAt: submitted_at)
    }
}

extension StoredReport {
    var domain: DailyReport {
        DailyReport(id: id, personID: .init(person_id), day: LocalDate(iso: day)!, formVersion: form_version,
                    answers: ReportAnswers(json: answers), isAbnormal: abnormal, isLate: late, isOffCampus: off_campus,
                    revision: revision, submittedAt: submitted_at)
    }
}
