import Domain
import Foundation
import SQLKit

extension ReportGroupPlan {
    /// One multi-row statement per table: the reports (upserted on person and day, so that two servers
    /// writing the same student's report cannot make two), the revisions, the counters, the new watches.
    func write(on link: WriterPostgres, isolation: isolated (any _Concurrency.Actor)? = #isolation) async throws {
        guard !reports.isEmpty else { return }
        try await writeReports(on: link)
        if !revisions.isEmpty { try await writeRevisions(on: link) }
        try await writeCounts(on: link)
        try await openWatches(on: link)
    }

    private func writeReports(on link: WriterPostgres, isolation: isolated (any _Concurrency.Actor)? = #isolation) async throws {
        let sql = link.sql
        let updated = ["class_id", "dorm_id", "grid_path", "form_version", "answers", "abnormal", "off_campus",
                       "revision", "idempotency_key", "address", "submitted_at"]
        for chunk in Array(reports.values).chunked(800) {
            var insert = sql.insert(into: "daily_reports").columns(
                "id", "school_id", "person_id", "day", "class_id", "dorm_id", "grid_path", "form_version", "answers",
                "abnormal", "late", "off_campus", "revision", "idempotency_key", "address", "submitted_at")
            for r in chunk {
                let student = state.students[r.person_id]
                insert = insert.values(
                    SQLBind(r.id), SQLBind(student?.school_id), SQLBind(r.person_id), SQLBind(r.day), SQLBind(student?.class_id),
                    SQLBind(student?.dorm_id), SQLBind(student?.grid_path), SQLBind(r.form_version), SQLBind(r.answers),
                    SQLBind(r.abnormal), SQLBind(r.late), SQLBind(r.off_campus), SQLBind(r.revision),
                    SQLBind(r.idempotency_key), SQLBind(r.address), SQLBind(r.submitted_at))
            }
            try await link.run(insert.onConflict(with: ["person_id", "day"]) { conflict in
                updated.reduce(conflict) { $0.set(excludedValueOf: $1) }
            })
        }
    }

    private func writeRevisions(on link: WriterPostgres, isolation: isolated (any _Concurrency.Actor)? = #isolation) async throws {
        let sql = link.sql
        for chunk in revisions.chunked(800) {
            var insert = sql.insert(into: "daily_report_revisions").columns(
                "id", "report_id", "person_id", "day", "revision", "form_version", "answers", "abnormal", "late",
                "idempotency_key", "address", "submitted_at")
            for r in chunk {
                insert = insert.values(SQLBind(TimeOrderedID.make()), SQLBind(r.id), SQLBind(r.person_id), SQLBind(r.day), SQLBind(r.revision),
                                       SQLBind(r.form_version), SQLBind(r.answers), SQLBind(r.abnormal), SQLBind(r.late),
                                       SQLBind(r.idempotency_key), SQLBind(r.address), SQLBind(r.submitted_at))
            }
            try await link.run(insert)
        }
    }

    /// Adds the group's deltas to the per-day, per-class counters that the summaries read.
    private func writeCounts(on link: WriterPostgres, isolation: isolated (any _Concurrency.Actor)? = #isolation) async throws {
        let sql = link.sql
        let changed = counts.filter { $0.value.reported != 0 || $0.value.late != 0 || $0.value.abnormal != 0 }
        guard !changed.isEmpty else { return }
        var insert = sql.insert(into: "daily_report_counts").columns("school_id", "day", "class_id", "reported", "late", "abnormal")
        for (key, delta) in changed.sorted(by: { ($0.key.day, $0.key.classID.uuidString) < ($1.key.day, $1.key.classID.uuidString) }) {
            insert = insert.values(SQLBind(key.school), SQLBind(key.day), SQLBind(key.classID),
                                   SQLBind(delta.reported), SQLBind(delta.late), SQLBind(delta.abnormal))
        }
        try await link.run(insert.onConflict(with: ["day", "class_id"]) { conflict in
            ["reported", "late", "abnormal"].reduce(conflict) {
                $0.set(SQLIdentifier($1), to: SQLRaw("daily_report_counts.\($1) + excluded.\($1)"))
            }
        })
    }

    /// Puts a student with an abnormal report on their counsellor's watch list, unless a watch is open.
    private func openWatches(on link: WriterPostgres, isolation: isolated (any _Concurrency.Actor)? = #isolation) async throws {
        guard !abnormal.isEmpty else { return }
        let sql = link.sql
        let people = Array(Set(abnormal.keys.map(\.person)))
        let open = Set(try await link.rows(sql.select().column("person_id").from("watches")
            .where("person_id", .in, SQLBind.group(people)).where("status", .equal, SQLBind("open")))
            .map { try $0.decode(model: HealthConsentStore.PersonRow.self).person_id })
        var opened = Set<UUID>()
        var insert = sql.insert(into: "watches").columns("id", "school_id", "person_id", "grid_path", "opened_day",
                                                          "report_id", "reason", "status", "created_at")
        for (key, entry) in abnormal where !open.contains(key.person) && opened.insert(key.person).inserted {
            let student = state.students[key.person]
            insert = insert.values(SQLBind(UUID()), SQLBind(student?.school_id), SQLBind(key.person), SQLBind(student?.grid_path),
                                   SQLBind(key.day), SQLBind(entry.report.id), SQLBind(entry.reason), SQLBind("open"),
                                   SQLBind(entry.report.submitted_at))
        }
        if !opened.isEmpty { try await link.run(insert) }
    }
}

extension Array {
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
