import Domain
import Foundation
import SQLKit

/// Who is on approved leave on a day (not expected to report): an application approved, left or returned
/// whose days cover the day, unless the student came back before it. The one place this predicate lives.
enum LeaveRule {
    static func onLeave(on day: LocalDate) -> SQLQueryString {
        """
        traveller = 'student' AND status IN ('approved', 'left', 'returned') \
        AND first_day <= \(bind: day.iso) AND last_day >= \(bind: day.iso) \
        AND (returned_day IS NULL OR returned_day > \(bind: day.iso))
        """
    }

    static func countsPerClass(school: School.ID, day: LocalDate, on sql: any SQLDatabase) async throws -> [UUID: Int] {
        let rows = try await sql.raw("""
            SELECT class_id, COUNT(DISTINCT person_id) AS people FROM leave_applications
            WHERE school_id = \(bind: school.rawValue) AND class_id IS NOT NULL AND \(onLeave(on: day))
            GROUP BY class_id
            """).all(decoding: ClassCount.self)
        return Dictionary(rows.map { ($0.class_id, $0.people) }, uniquingKeysWith: +)
    }

    static func people(school: School.ID, day: LocalDate, under path: TreePath?, on sql: any SQLDatabase) async throws -> Set<UUID> {
        let rows = try await sql.raw("""
            SELECT DISTINCT person_id FROM leave_applications
            WHERE school_id = \(bind: school.rawValue) AND grid_path LIKE \(bind: path?.subtreePattern ?? "%") AND \(onLeave(on: day))
            """).all(decoding: HealthConsentStore.PersonRow.self)
        return Set(rows.map(\.person_id))
    }

    /// Students on leave per day over a span, among these classes (the trend's expected line).
    static func dailyCounts(school: School.ID, from first: LocalDate, through last: LocalDate, classes: Set<UUID>,
                            on sql: any SQLDatabase) async throws -> [String: Int] {
        let rows = try await sql.raw("""
            SELECT person_id, class_id, first_day, last_day, returned_day FROM leave_applications
            WHERE school_id = \(bind: school.rawValue) AND traveller = 'student' AND status IN ('approved', 'left', 'returned')
            AND first_day <= \(bind: last.iso) AND last_day >= \(bind: first.iso)
            """).all(decoding: Span.self)
        var counts: [String: Int] = [:]
        var day = first
        while day <= last {
            let iso = day.iso
            counts[iso] = Set(rows.filter { row in
                row.class_id.map(classes.contains) == true && row.first_day <= iso && row.last_day >= iso
                    && (row.returned_day.map { $0 > iso } ?? true)
            }.map(\.person_id)).count
            day = day.adding(days: 1)
        }
        return counts
    }

    struct ClassCount: Decodable { var class_id: UUID, people: Int }
    struct Span: Decodable { var person_id: UUID, class_id: UUID?, first_day: String, last_day: String, returned_day: String? }
}
