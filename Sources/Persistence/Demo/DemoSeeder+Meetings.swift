import Domain
import FluentKit
import Foundation
import SQLKit

/// The demo's organisational life: the transfers of its founded and dissolved branches, and `DemoMeetings` for
/// a number of calendar years, written with multi-row inserts (one transaction per batch of meetings with
/// their organisations and registers), since row-by-row Fluent creates would take minutes.
extension DemoSeeder {
    /// Meetings per transaction: 21 values a row stays well under SQLite's 32,766 bound parameters.
    static let meetingBatch = 500
    /// Rows per attendance (and meeting_organizations) statement: 8 values a row.
    static let rowBatch = 2_000

    func seedOrganisationalLife(_ demo: DemoUniversity, years: Int, progress: @Sendable (String) -> Void) async throws {
        try await insertTransfers(demo)
        guard years > 0 else { return }
        let life = DemoMeetings.generate(for: demo, today: demo.today, seed: demo.seed, years: years)
        let organizations = Dictionary(uniqueKeysWithValues: demo.organizations.map { ($0.id, $0) })
        var json = JSONCache()
        for start in stride(from: 0, to: life.meetings.count, by: Self.meetingBatch) {
            let range = start..<min(start + Self.meetingBatch, life.meetings.count)
            let batch = MeetingRows(meetings: life.meetings[range], attendance: life.attendance[range],
                                    organizations: organizations, json: &json)
            try await stores.database.writing { tx in try await batch.insert(on: tx as! any SQLDatabase) }
            if range.upperBound == life.meetings.count || (start / Self.meetingBatch) % 5 == 0 {
                progress("meetings: \(range.upperBound)/\(life.meetings.count)")
            }
        }
        progress("attendance: \(life.attendanceCount)")
    }

    private func insertTransfers(_ demo: DemoUniversity) async throws {
        guard !demo.transfers.isEmpty else { return }
        let rows = demo.transfers.map { t -> [SQLBind] in
            [SQLBind(t.id.rawValue), SQLBind(demo.school.id.rawValue), SQLBind(t.personID.rawValue),
             SQLBind(t.fromOrganizationID?.rawValue), SQLBind(t.toOrganizationID.rawValue), SQLBind(t.date.iso),
             SQLBind(t.reason), SQLBind("demo"), SQLBind(t.recordedAt), SQLBind(t.recordedAt)]
        }
        try await stores.database.writing { tx in
            try await MeetingRows.insert(rows, into: "transfers", columns: [
                "id", "school_id", "person_id", "from_organization_id", "to_organization_id", "date", "reason",
                "recorded_by", "created_at", "updated_at",
            ], on: tx as! any SQLDatabase)
        }
    }
}

/// The rows of one batch of meetings, bound before the transaction starts.
struct MeetingRows: Sendable {
    var meetings: [[SQLBind]] = []
    var organizations: [[SQLBind]] = []
    var attendance: [[SQLBind]] = []

    static let meetingColumns = [
        "id", "school_id", "kind", "status", "host_organization_id", "host_path", "starts_at", "ends_at", "local_date",
        "place", "is_online", "topic", "lecturer", "agenda", "minutes", "required_elements", "elements_done",
        "is_complete", "created_by", "created_at", "updated_at",
    ]
    static let organizationColumns = ["meeting_id", "organization_id", "organization_path", "school_id", "kind", "status",
                                      "local_date", "missing_elements"]
    static let attendanceColumns = ["meeting_id", "person_id", "status", "reason", "signed_in_at", "local_date",
                                    "recorded_by", "updated_at"]

    init(meetings: ArraySlice<Meeting>, attendance: ArraySlice<[Attendance]>, organizations: [Organization.ID: Organization],
         json: inout JSONCache) {
        for (m, register) in zip(meetings, attendance) {
            // Entered after the meeting (planned ones a week ahead).
            let recorded = m.status == .held ? (m.endsAt ?? m.startsAt).addingTimeInterval(3_600) : m.startsAt.addingTimeInterval(-7 * 86_400)
            let id = SQLBind(m.id.rawValue), date = SQLBind(m.date.iso), kind = SQLBind(m.kind.rawValue)
            let status = SQLBind(m.status.rawValue), school = SQLBind(m.schoolID.rawValue)
            self.meetings.append([
                id, school, kind, status, SQLBind(m.hostOrganizationID.rawValue),
                SQLBind(organizations[m.hostOrganizationID]?.path.rawValue ?? "/"), SQLBind(m.startsAt), SQLBind(m.endsAt), date,
                SQLBind(m.place), SQLBind(m.isOnline), SQLBind(m.topic), SQLBind(m.lecturer), SQLBind(m.agenda),
                SQLBind(m.minutes), SQLBind(json.encode(m.requiredElements)), SQLBind(json.encode(m.elementsDone.sorted())),
                SQLBind(m.isComplete), SQLBind("demo"), SQLBind(recorded), SQLBind(recorded),
            ])
            let missing = SQLBind(json.encode(m.missingElements))
            for organizationID in m.organizationIDs {
                self.organizations.append([id, SQLBind(organizationID.rawValue),
                                           SQLBind(organizations[organizationID]?.path.rawValue ?? "/"), school, kind, status,
                                           date, missing])
            }
            for a in register {
                self.attendance.append([id, SQLBind(a.personID.rawValue), SQLBind(a.status.rawValue), SQLBind(a.reason),
                                        SQLBind(a.signedInAt), date, SQLBind("demo"), SQLBind(recorded)])
            }
        }
    }

    func insert(on sql: any SQLDatabase) async throws {
        try await Self.insert(meetings, into: "meetings", columns: Self.meetingColumns, on: sql)
        try await Self.insert(organizations, into: "meeting_organizations", columns: Self.organizationColumns, on: sql)
        try await Self.insert(attendance, into: "meeting_attendance", columns: Self.attendanceColumns, on: sql)
    }

    /// Multi-row inserts of at most `DemoSeeder.rowBatch` rows (fewer for wide rows), under every engine's limit
    /// of bound parameters.
    static func insert(_ rows: [[SQLBind]], into table: String, columns: [String], on sql: any SQLDatabase) async throws {
        let size = max(1, min(DemoSeeder.rowBatch, 16_000 / max(1, columns.count)))
        for start in stride(from: 0, to: rows.count, by: size) {
            var insert = sql.insert(into: table).columns(columns)
            for row in rows[start..<min(start + size, rows.count)] { insert = insert.values(row) }
            try await insert.run()
        }
    }
}

/// The JSON columns of the demo take few distinct values; each is encoded once.
struct JSONCache {
    private var cache: [String: String] = [:]

    mutating func encode(_ elements: [RequiredElement]) -> String {
        let key = "e:" + elements.map(\.id).joined(separator: ",")
        if let hit = cache[key] { return hit }
        let text = JSONCoding.encode(elements)
        cache[key] = text
        return text
    }

    mutating func encode(_ ids: [String]) -> String {
        let key = "i:" + ids.joined(separator: ",")
        if let hit = cache[key] { return hit }
        let text = JSONCoding.encode(ids)
        cache[key] = text
        return text
    }
}
