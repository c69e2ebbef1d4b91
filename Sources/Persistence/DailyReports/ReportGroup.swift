import Domain
import Foundation
import SQLKit

/// One group of submissions committed together: what is stored for their students is read with one query
/// per table, the outcome of each submission decided in order (a duplicate later in the group sees the
/// earlier one), and the rows written with one multi-row statement per table.
struct ReportGroup {
    var submissions: [ReportSubmission]

    /// Each submission's outcome, and what the group added to the per-class counters. Runs on the writer's
    /// executor (`isolation`) from the first statement to the commit.
    func commit(on link: WriterPostgres, isolation: isolated (any _Concurrency.Actor)? = #isolation) async throws
        -> (outcomes: [Result<ReportReceipt, any Error>], counts: [ReportGroupPlan.CountKey: ReportGroupPlan.CountDelta]) {
        try await link.transaction {
            let state = try await ReportGroupState.load(for: submissions, on: link)
            var plan = ReportGroupPlan(state: state)
            let outcomes = submissions.map { submission in Result { try plan.apply(submission) } }
            try await plan.write(on: link)
            return (outcomes, plan.counts)
        }
    }
}

/// What the database holds for a group's students, read once per group.
struct ReportGroupState {
    var students: [UUID: ReportStudentRow]
    var consenting: Set<UUID>
    /// Today's (or the group's days') stored reports by person and day.
    var stored: [ReportKey: StoredReport]
    var replayableKeys: [ReportKey: [String: String]]

    static func load(for submissions: [ReportSubmission], on link: WriterPostgres,
                     isolation: isolated (any _Concurrency.Actor)? = #isolation) async throws -> ReportGroupState {
        let sql = link.sql
        var students: [UUID: ReportStudentRow] = [:]
        var consenting: Set<UUID> = []
        var stored: [ReportKey: StoredReport] = [:]
        // The students, their consent and the day's stored report in one statement per day of the group (one
        // round trip where three were: on two busy cores each waits for the server to be scheduled).
        for day in Set(submissions.map(\.day)) {
            let onDay = Array(Set(submissions.filter { $0.day == day }.map(\.personID.rawValue)))
            for row in try await link.rows(sql.raw("""
                SELECT p.id, p.school_id, p.class_id, p.dorm_id, p.grid_path,
                  EXISTS (SELECT 1 FROM health_consents c WHERE c.person_id = p.id AND c.revoked_at IS NULL) AS consenting,
                  r.id AS report_id, r.form_version, r.answers, r.abnormal, r.late, r.off_campus, r.revision,
                  r.idempotency_key, r.address, r.submitted_at
                FROM people p LEFT JOIN daily_reports r ON r.person_id = p.id AND r.day = \(bind: day.iso)
                WHERE p.id IN (\(binds: onDay))
                """)) {
                let student = try row.decode(model: ReportStudentRow.self)
                students[student.id] = student
                if try row.decode(column: "consenting", as: Bool.self) { consenting.insert(student.id) }
                guard let reportID = try row.decode(column: "report_id", as: UUID?.self) else { continue }
                let report = try row.decode(model: StoredReport.Joined.self)
                stored[ReportKey(person: student.id, day: day.iso)] = StoredReport(
                    id: reportID, person_id: student.id, day: day.iso, form_version: report.form_version,
                    answers: report.answers, abnormal: report.abnormal, late: report.late, off_campus: report.off_campus,
                    revision: report.revision, idempotency_key: report.idempotency_key, address: report.address,
                    submitted_at: report.submitted_at)
            }
        }
        // A key that is not the stored report's own may belong to an earlier revision: a late replay.
        let keyed = submissions.filter { s in
            guard let key = s.idempotencyKey, let row = stored[ReportKey(s)] else { return false }
            return row.idempotency_key != key
        }
        var replayable: [ReportKey: [String: String]] = [:]
        if !keyed.isEmpty {
            for row in try await link.rows(sql.select().columns("person_id", "day", "idempotency_key", "answers")
                .from("daily_report_revisions")
                .where("person_id", .in, SQLBind.group(Array(Set(keyed.map(\.personID.rawValue)))))
                .where("idempotency_key", .in, SQLBind.group(keyed.compactMap(\.idempotencyKey))))
                .map({ try $0.decode(model: RevisionKeyRow.self) }) {
                replayable[ReportKey(person: row.person_id, day: row.day), default: [:]][row.idempotency_key] = row.answers
            }
        }
        return ReportGroupState(students: students, consenting: consenting, stored: stored, replayableKeys: replayable)
    }
}

struct ReportKey: Hashable {
    var person: UUID
    var day: String
    init(person: UUID, day: String) { self.person = person; self.day = day }
    init(_ submission: ReportSubmission) { self.init(person: submission.personID.rawValue, day: submission.day.iso) }
}

struct ReportStudentRow: Decodable {
    var id: UUID, school_id: UUID, class_id: UUID?, dorm_id: UUID?, grid_path: String?
}

struct StoredReport: Decodable {
    static let columns = ["id", "person_id", "day", "form_version", "answers", "abnormal", "late", "off_campus",
                          "revision", "idempotency_key", "address", "submitted_at"]
    var id: UUID, person_id: UUID, day: String, form_version: Int, answers: String, abnormal: Bool, late: Bool
    var off_campus: Bool, revision: Int, idempotency_key: String?, address: String?, submitted_at: Date

    /// The stored report's columns beside its student's in the writer's load (its id and person named apart).
    struct Joined: Decodable {
        var form_version: Int, answers: String, abnormal: Bool, late: Bool, off_campus: Bool, revision: Int
        var idempotency_key: String?, address: String?, submitted_at: Date
    }
}

struct RevisionKeyRow: Decodable { var person_id: UUID, day: String, idempotency_key: String, answers: String }
