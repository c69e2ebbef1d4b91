import Domain
import Foundation
import SQLKit

/// Each school's campus grid, kept for a minute per process: every summary needs the units of the actor's reach
/// (thousands with the dorms), and the grid changes with roster imports, not by the second.
actor GridCache {
    static let shared = GridCache()
    static let lifetime: TimeInterval = 60

    private var entries: [School.ID: (at: Date, reach: ReportReach)] = [:]

    /// The whole school's grid, with its lookups built once per lifetime rather than once per summary.
    func reach(of school: School.ID, on sql: any SQLDatabase) async throws -> ReportReach {
        if let entry = entries[school], Date().timeIntervalSince(entry.at) < Self.lifetime { return entry.reach }
        let units = try await sql.select().columns("id", "parent_id", "kind", "name", "path").from("grid_units")
            .where("school_id", .equal, SQLBind(school.rawValue)).orderBy("path")
            .all(decoding: Row.self).compactMap { row in
                GridUnit.Kind(rawValue: row.kind).map {
                    GridUnit(id: .init(row.id), schoolID: school, parentID: row.parent_id.map { .init($0) }, kind: $0,
                             name: row.name, path: TreePath(rawValue: row.path))
                }
            }
        let reach = ReportReach(units: units)
        entries[school] = (Date(), reach)
        return reach
    }

    struct Row: Decodable {
        var id: UUID
        var parent_id: UUID?
        var kind: String
        var name: String
        var path: String
    }
}
