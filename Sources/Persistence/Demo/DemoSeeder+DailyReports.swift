import Domain
import FluentKit
import Foundation
import SQLKit

/// The demo's daily reports (`DemoDailyReports`): form version 1, health consents, the reports of a thousand students
/// per transaction with their earlier revisions (`ReportRows`), the leave ledger, the watch list with its follow-ups, and then the per-class counts
/// recomputed from the reports in one statement, as `daily_report_counts` would have been kept by the writer.
extension DemoSeeder {
    /// Students whose reports (sixty days of each) are written in one transaction.
    static let reporterBatch = 1_000

    func seedDailyReports(_ demo: DemoUniversity, options: DemoDailyReports.Options,
                          progress: @Sendable (String) -> Void) async throws {
        let generated = DemoDailyReports.generate(for: demo, options: options)
        guard let firstDay = generated.days.first else { return }
        let school = SQLBind(demo.school.id.rawValue)
        let places = generated.reporters.map { r in
            [SQLBind(r.classID?.rawValue), SQLBind(r.dormID?.rawValue), SQLBind(r.gridPath?.rawValue)]
        }
        let formCreated = firstDay.adding(days: -30).start(in: demo.school.timeZone).addingTimeInterval(9 * 3_600)
        let consents = generated.consents.map { c -> [SQLBind] in
            [SQLBind(UUID()), school, SQLBind(c.personID.rawValue), SQLBind(HealthConsent.currentTextVersion), SQLBind(c.grantedAt)]
        }
        try await write { sql in
            try await sql.insert(into: "report_forms").columns("id", "school_id", "version", "questions", "created_by", "created_at")
                .values(SQLBind(UUID()), school, SQLBind(DemoDailyReports.form.version),
                        SQLBind(JSONCoding.encode(DemoDailyReports.form.questions)), SQLBind("demo"), SQLBind(formCreated))
                .run()
            try await MeetingRows.insert(consents, into: "health_consents",
                                         columns: ["id", "school_id", "person_id", "text_version", "granted_at"], on: sql)
        }
        progress("health consents: \(consents.count)")
        try await seedReports(generated, school: demo.school.id, progress: progress)
        try await seedLeaves(generated.leaves, school: school, places: places)
        try await seedWatches(generated.watches, school: school, places: places)
        progress("leave applications: \(generated.leaves.count); watches: \(generated.watches.count)")
        try await write { sql in
            try await sql.raw("""
                INSERT INTO daily_report_counts (school_id, day, class_id, reported, late, abnormal) \
                SELECT school_id, day, class_id, COUNT(*), CAST(SUM(CASE WHEN late THEN 1 ELSE 0 END) AS INTEGER), \
                CAST(SUM(CASE WHEN abnormal THEN 1 ELSE 0 END) AS INTEGER) FROM daily_reports \
                WHERE school_id = \(bind: demo.school.id.rawValue) AND class_id IS NOT NULL GROUP BY school_id, day, class_id
                """).run()
        }
    }

    /// Student by student (`DemoDailyReports.reports(of:)`), so that each index grows in few places per transaction;
    /// the next batch is drawn while the database writes this one.
    private func seedReports(_ generated: DemoDailyReports, school: School.ID, progress: @Sendable (String) -> Void) async throws {
        let count = generated.reporters.count
        let batches = stride(from: 0, to: count, by: Self.reporterBatch).map { $0..<min($0 + Self.reporterBatch, count) }
        @Sendable func draw(_ batch: Int, _ literals: ReportLiterals) -> Task<(ReportRows, ReportLiterals), Never> {
            Task { var literals = literals; return (ReportRows(generated.reports(of: batches[batch]), literals: &literals), literals) }
        }
        let dialect = (stores.database as! any SQLDatabase).dialect.name
        var next = draw(0, ReportLiterals(dialect: dialect, school: school, reporters: generated.reporters))
        var total = 0
        for index in batches.indices {
            let (rows, literals) = await next.value
            if index + 1 < batches.count { next = draw(index + 1, literals) }
            try await write { sql in try await rows.insert(on: sql) }
            total += rows.reportCount
            if index % 5 == 4 || index == batches.count - 1 {
                progress("daily reports: \(batches[index].upperBound)/\(count) students, \(total) reports")
            }
        }
    }

    private func seedLeaves(_ leaves: [DemoLeave], school: SQLBind, places: [[SQLBind]]) async throws {
        let rows = leaves.map { l -> [SQLBind] in
            [SQLBind(l.id), school, SQLBind(l.personID.rawValue), SQLBind("student"), places[l.reporter][0],
             places[l.reporter][2], SQLBind(l.firstDay.iso), SQLBind(l.lastDay.iso), SQLBind(l.destination), SQLBind(l.reason),
             SQLBind(l.status.rawValue), SQLBind(l.decidedAt == nil ? nil : "demo"), SQLBind(l.decidedAt), SQLBind(l.decisionNote),
             SQLBind(l.leftAt), SQLBind(l.leftDay?.iso), SQLBind(l.returnedAt), SQLBind(l.returnedDay?.iso),
             SQLBind(l.id.uuidString.lowercased()), SQLBind(l.createdAt), SQLBind(l.updatedAt)]
        }
        try await write { sql in
            try await MeetingRows.insert(rows, into: "leave_applications", columns: [
                "id", "school_id", "person_id", "traveller", "class_id", "grid_path", "first_day", "last_day", "destination",
                "reason", "status", "decided_by", "decided_at", "decision_note", "left_at", "left_day", "returned_at",
                "returned_day", "submission_key", "created_at", "updated_at",
            ], on: sql)
        }
    }

    private func seedWatches(_ watches: [DemoWatch], school: SQLBind, places: [[SQLBind]]) async throws {
        var rows: [[SQLBind]] = [], followUps: [[SQLBind]] = []
        for w in watches {
            let id = SQLBind(w.id)
            rows.append([id, school, SQLBind(w.personID.rawValue), places[w.reporter][2], SQLBind(w.openedDay.iso),
                         SQLBind(w.reportID), SQLBind(w.reason), SQLBind(w.status.rawValue), SQLBind(w.closedAt),
                         SQLBind(w.closedAt == nil ? nil : "demo"), SQLBind(w.closedReason), SQLBind(w.createdAt)])
            for f in w.followUps {
                followUps.append([SQLBind(f.id), id, SQLBind(f.method.rawValue), SQLBind(f.result.rawValue), SQLBind(f.note),
                                  SQLBind(f.happenedAt), SQLBind("demo"), SQLBind(f.happenedAt)])
            }
        }
        try await write { [rows, followUps] sql in
            try await MeetingRows.insert(rows, into: "watches", columns: [
                "id", "school_id", "person_id", "grid_path", "opened_day", "report_id", "reason", "status", "closed_at",
                "closed_by", "closed_reason", "created_at",
            ], on: sql)
            try await MeetingRows.insert(followUps, into: "watch_follow_ups", columns: [
                "id", "watch_id", "method", "result", "note", "happened_at", "recorded_by", "created_at",
            ], on: sql)
        }
    }

    private func write(_ body: @escaping @Sendable (any SQLDatabase) async throws -> Void) async throws {
        try await stores.database.writing { tx in try await body(tx as! any SQLDatabase) }
    }
}
