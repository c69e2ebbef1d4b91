import Domain
import Foundation

/// The same group as `ReportGroup.commit(on:)`, on SQLite through `WriterSQLite`: one job on the writer's
/// thread, the statements prepared once and run row by row.
extension ReportGroup {
    func commit(onSQLite sqlite: WriterSQLite) throws
        -> (outcomes: [Result<ReportReceipt, any Error>], counts: [ReportGroupPlan.CountKey: ReportGroupPlan.CountDelta]) {
        try sqlite.transaction {
            var plan = ReportGroupPlan(state: try ReportGroupState.load(for: submissions, on: sqlite))
            let outcomes = submissions.map { submission in Result { try plan.apply(submission) } }
            try plan.write(on: sqlite)
            return (outcomes, plan.counts)
        }
    }
}

extension ReportGroupState {
    /// The students, their consent and the day's stored report in one statement per day of the group (the ids
    /// go in as one JSON array, so the statement is prepared once).
    static func load(for submissions: [ReportSubmission], on sqlite: WriterSQLite) throws -> ReportGroupState {
        var state = ReportGroupState(students: [:], consenting: [], stored: [:], replayableKeys: [:])
        let query = try sqlite.statement("""
            SELECT p.id, p.school_id, p.class_id, p.dorm_id, p.grid_path,
              EXISTS (SELECT 1 FROM health_consents c WHERE c.person_id = p.id AND c.revoked_at IS NULL),
              r.id, r.form_version, r.answers, r.abnormal, r.late, r.off_campus, r.revision, r.idempotency_key,
              r.address, r.submitted_at
            FROM people p LEFT JOIN daily_reports r ON r.person_id = p.id AND r.day = ?2
            WHERE p.id IN (SELECT value FROM json_each(?1))
            """)
        for day in Set(submissions.map(\.day)) {
            let people = Set(submissions.filter { $0.day == day }.map(\.personID.rawValue))
            let ids = "[" + people.map { "\"" + UUIDText.upper($0) + "\"" }.joined(separator: ",") + "]"
            try query.bind([.text(ids), .text(day.iso)])
            while try query.step() {
                guard let id = query.uuid(0), let school = query.uuid(1) else { continue }
                state.students[id] = ReportStudentRow(id: id, school_id: school, class_id: query.uuid(2),
                                                      dorm_id: query.uuid(3), grid_path: query.text(4))
                if query.bool(5) { state.consenting.insert(id) }
                guard let reportID = query.uuid(6) else { continue }
                state.stored[ReportKey(person: id, day: day.iso)] = StoredReport(
                    id: reportID, person_id: id, day: day.iso, form_version: query.int(7), answers: query.text(8) ?? "{}",
                    abnormal: query.bool(9), late: query.bool(10), off_campus: query.bool(11), revision: query.int(12),
                    idempotency_key: query.text(13), address: query.text(14), submitted_at: query.date(15))
            }
        }
        // A key that is not the stored report's own may belong to an earlier revision: a late replay.
        let revisions = try sqlite.statement(
            "SELECT answers FROM daily_report_revisions WHERE person_id = ?1 AND day = ?2 AND idempotency_key = ?3 LIMIT 1")
        for submission in submissions {
            let key = ReportKey(submission)
            guard let idempotencyKey = submission.idempotencyKey, let row = state.stored[key],
                  row.idempotency_key != idempotencyKey else { continue }
            try revisions.bind([.uuid(key.person), .text(key.day), .text(idempotencyKey)])
            if try revisions.step(), let answers = revisions.text(0) {
                state.replayableKeys[key, default: [:]][idempotencyKey] = answers
            }
        }
        return state
    }
}

extension ReportGroupPlan {
    /// The same rows as `write(on:)`: reports upserted on person and day, revisions, counters, new watches.
    func write(on sqlite: WriterSQLite) throws {
        guard !reports.isEmpty else { return }
        let upsert = try sqlite.statement("""
            INSERT INTO daily_reports (id, school_id, person_id, day, class_id, dorm_id, grid_path, form_version, answers,
              abnormal, late, off_campus, revision, idempotency_key, address, submitted_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
            ON CONFLICT (person_id, day) DO UPDATE SET class_id = excluded.class_id, dorm_id = excluded.dorm_id,
              grid_path = excluded.grid_path, form_version = excluded.form_version, answers = excluded.answers,
              abnormal = excluded.abnormal, off_campus = excluded.off_campus, revision = excluded.revision,
              idempotency_key = excluded.idempotency_key, address = excluded.address, submitted_at = excluded.submitted_at
            """)
        for r in reports.values {
            let student = state.students[r.person_id]
            try upsert.bind([.uuid(r.id), .uuid(student?.school_id), .uuid(r.person_id), .text(r.day), .uuid(student?.class_id),
                             .uuid(student?.dorm_id), .optional(student?.grid_path), .integer(r.form_version), .text(r.answers),
                             .bool(r.abnormal), .bool(r.late), .bool(r.off_campus), .integer(r.revision),
                             .optional(r.idempotency_key), .optional(r.address), .date(r.submitted_at)])
            try upsert.run()
        }
        if !revisions.isEmpty {
            let insert = try sqlite.statement("""
                INSERT INTO daily_report_revisions (id, report_id, person_id, day, revision, form_version, answers, abnormal,
                  late, idempotency_key, address, submitted_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                """)
            for r in revisions {
                try insert.bind([.uuid(TimeOrderedID.make()), .uuid(r.id), .uuid(r.person_id), .text(r.day), .integer(r.revision),
                                 .integer(r.form_version), .text(r.answers), .bool(r.abnormal), .bool(r.late),
                                 .optional(r.idempotency_key), .optional(r.address), .date(r.submitted_at)])
                try insert.run()
            }
        }
        try writeCounts(on: sqlite)
        try openWatches(on: sqlite)
    }

    private func writeCounts(on sqlite: WriterSQLite) throws {
        let upsert = try sqlite.statement("""
            INSERT INTO daily_report_counts (school_id, day, class_id, reported, late, abnormal) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            ON CONFLICT (day, class_id) DO UPDATE SET reported = daily_report_counts.reported + excluded.reported,
              late = daily_report_counts.late + excluded.late, abnormal = daily_report_counts.abnormal + excluded.abnormal
            """)
        for (key, delta) in counts where delta.reported != 0 || delta.late != 0 || delta.abnormal != 0 {
            try upsert.bind([.uuid(key.school), .text(key.day), .uuid(key.classID),
                             .integer(delta.reported), .integer(delta.late), .integer(delta.abnormal)])
            try upsert.run()
        }
    }

    private func openWatches(on sqlite: WriterSQLite) throws {
        guard !abnormal.isEmpty else { return }
        let open = try sqlite.statement("SELECT 1 FROM watches WHERE person_id = ?1 AND status = 'open' LIMIT 1")
        let insert = try sqlite.statement("""
            INSERT INTO watches (id, school_id, person_id, grid_path, opened_day, report_id, reason, status, created_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'open', ?8)
            """)
        for (key, entry) in abnormal {
            try open.bind([.uuid(key.person)])
            if try open.step() { continue }
            let student = state.students[key.person]
            try insert.bind([.uuid(UUID()), .uuid(student?.school_id), .uuid(key.person), .optional(student?.grid_path),
                             .text(key.day), .uuid(entry.report.id), .text(entry.reason), .date(entry.report.submitted_at)])
            try insert.run()
        }
    }
}
