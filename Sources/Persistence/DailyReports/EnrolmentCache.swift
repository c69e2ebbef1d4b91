import Domain
import Foundation
import SQLKit

/// Students per class, the base of every expected count. Enrolment changes with roster imports, not by
/// the minute, so each process keeps it for a short while instead of counting 50,000 rows per summary.
actor EnrolmentCache {
    static let shared = EnrolmentCache()
    static let lifetime: TimeInterval = 60

    private var entries: [UUID: (at: Date, perClass: [UUID: Int])] = [:]

    func perClass(of school: School.ID, on sql: any SQLDatabase) async throws -> [UUID: Int] {
        if let entry = entries[school.rawValue], Date().timeIntervalSince(entry.at) < Self.lifetime { return entry.perClass }
        let rows = try await sql.select().column("class_id").column(SQLAlias(SQLFunction("COUNT", args: SQLLiteral.all), as: SQLIdentifier("students")))
            .from("people").where("school_id", .equal, SQLBind(school.rawValue)).where("kind", .equal, SQLBind("student"))
            .where(SQLColumn("class_id"), .isNot, SQLLiteral.null).groupBy("class_id")
            .all(decoding: Row.self)
        let perClass = Dictionary(rows.map { ($0.class_id, $0.students) }, uniquingKeysWith: +)
        entries[school.rawValue] = (Date(), perClass)
        return perClass
    }

    /// Forgets a school's numbers (after an import or a test's change of the roster).
    func forget(_ school: School.ID) { entries[school.rawValue] = nil }

    struct Row: Decodable { var class_id: UUID, students: Int }
}
