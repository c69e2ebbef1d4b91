import Domain
import FluentKit
import Foundation
import SQLKit

/// The demo's 积分制 (`DemoPoints`): rules, a year and more of entries derived from the seeded attendance, last
/// year's archive and nominations, in one transaction of multi-row inserts.
extension DemoSeeder {
    func seedPoints(_ demo: DemoUniversity, progress: @Sendable (String) -> Void) async throws {
        let sql = stores.database as! any SQLDatabase
        let rows = try await sql.select().column(SQLColumn("person_id", table: "meeting_attendance"))
            .column(SQLColumn("meeting_id", table: "meeting_attendance")).column(SQLColumn("local_date", table: "meeting_attendance"))
            .from("meeting_attendance").join("meetings", on: SQLColumn("id", table: "meetings"), .equal, SQLColumn("meeting_id", table: "meeting_attendance"))
            .where(SQLColumn("school_id", table: "meetings"), .equal, SQLBind(demo.school.id.rawValue))
            .where(SQLColumn("status", table: "meeting_attendance"), .equal, SQLBind(Attendance.Status.present.rawValue))
            .all(decoding: AttendanceRow.self)
        let attendance = rows.compactMap { r in LocalDate(iso: r.local_date).map { DemoPoints.Attendance(personID: .init(r.person_id), meetingID: r.meeting_id, day: $0) } }
        let points = DemoPoints.generate(for: demo, attendance: attendance)
        let now = demo.today.start(in: demo.school.timeZone)
        let rules = points.rules.map { r -> [SQLBind] in
            [SQLBind(r.id.rawValue), SQLBind(r.schoolID.rawValue), SQLBind(r.event.rawValue), SQLBind(r.name), SQLBind(r.pointsPerUnit),
             SQLBind(r.unit.rawValue), SQLBind(r.dailyCap), SQLBind(r.monthlyCap), SQLBind(r.needsApproval), SQLBind(r.isEnabled),
             SQLBind(now), SQLBind(now)]
        }
        let entries = points.entries.map { e -> [SQLBind] in
            [SQLBind(e.id.rawValue), SQLBind(e.schoolID.rawValue), SQLBind(e.personID.rawValue), SQLBind(e.ruleID?.rawValue),
             SQLBind(e.event.rawValue), SQLBind(e.quantity), SQLBind(e.points), SQLBind(e.requestedPoints), SQLBind(e.day.iso),
             SQLBind(e.day.year), SQLBind(e.day.month), SQLBind(e.status.rawValue), SQLBind(e.source), SQLBind(e.evidence),
             SQLBind(e.proposedBy), SQLBind(e.decidedBy), SQLBind(e.decidedAt), SQLBind(e.note), SQLBind(e.createdAt)]
        }
        let a = points.archive
        let totals = a.totals.map { t -> [SQLBind] in
            [SQLBind(a.id.rawValue), SQLBind(t.personID.rawValue), SQLBind(t.name), SQLBind(t.organizationID?.rawValue), SQLBind(t.points)]
        }
        let nominations = points.nominations.map { n -> NominationRecord in let r = NominationRecord(); r.apply(n); return r }
        try await stores.database.writing { tx in
            let sql = tx as! any SQLDatabase
            try await MeetingRows.insert(rules, into: "point_rules", columns: [
                "id", "school_id", "event", "name", "points", "unit", "daily_cap", "monthly_cap", "needs_approval", "enabled",
                "created_at", "updated_at"], on: sql)
            try await MeetingRows.insert(entries, into: "point_entries", columns: [
                "id", "school_id", "person_id", "rule_id", "event", "quantity", "points", "requested_points", "day", "year", "month",
                "status", "source", "evidence", "proposed_by", "decided_by", "decided_at", "note", "created_at"], on: sql)
            try await sql.insert(into: "point_archives").columns("id", "school_id", "year", "frozen_at", "frozen_by")
                .values(SQLBind(a.id.rawValue), SQLBind(a.schoolID.rawValue), SQLBind(a.year), SQLBind(a.frozenAt), SQLBind(a.frozenBy)).run()
            try await MeetingRows.insert(totals, into: "point_archive_totals",
                                         columns: ["archive_id", "person_id", "name", "organization_id", "points"], on: sql)
            try await nominations.create(on: tx)
        }
        progress("points: \(rules.count) rules, \(entries.count) entries, \(a.year) archived, \(nominations.count) nominations")
    }

    private struct AttendanceRow: Decodable { var person_id: UUID; var meeting_id: UUID; var local_date: String }
}
