import Domain
import Foundation
import SQLKit

/// The daily reports' scope as one SQL predicate: a student's own rows, the grid units below the actor's
/// grid paths, or everything; always within the scope's schools. Used by every report, leave and watch query
/// written with SQLKit.
extension Scope {
    func gridPredicate(path: String, person: String, school: String) -> any SQLExpression {
        var alternatives: [any SQLExpression] = []
        if isEverything {
            alternatives.append(SQLRaw("1 = 1"))
        } else {
            for grid in gridPaths {
                alternatives.append(SQLBinaryExpression(Self.column(path), .like, SQLBind(grid.rawValue + "%")))
            }
            let people = personIDs.map(\.rawValue)
            if !people.isEmpty { alternatives.append(SQLBinaryExpression(Self.column(person), .in, SQLBind.group(people))) }
        }
        let reach: any SQLExpression = alternatives.isEmpty ? SQLRaw("1 = 0")
            : SQLGroupExpression(alternatives.dropFirst().reduce(alternatives[0]) { SQLBinaryExpression($0, .or, $1) })
        switch schools {
        case .all: return reach
        case .only(let ids) where ids.isEmpty: return SQLRaw("1 = 0")
        case .only(let ids):
            return SQLBinaryExpression(SQLBinaryExpression(Self.column(school), .in, SQLBind.group(ids.map(\.rawValue))), .and, reach)
        }
    }

    /// `p.grid_path` → the column `grid_path` of the table (alias) `p`.
    private static func column(_ name: String) -> SQLColumn {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        return parts.count == 2 ? SQLColumn(SQLIdentifier(parts[1]), table: SQLIdentifier(parts[0])) : SQLColumn(SQLIdentifier(name))
    }
}
