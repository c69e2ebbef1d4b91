/// Counts of cells by status, for an organisation and everything under it.
public struct ComplianceTotals: Equatable, Sendable {
    public private(set) var counts: [ComplianceStatus: Int] = [:]

    public init() {}

    public subscript(status: ComplianceStatus) -> Int { counts[status] ?? 0 }

    public mutating func add(_ status: ComplianceStatus, count: Int = 1) { counts[status, default: 0] += count }

    /// Cells that are owed or done: not the inapplicable or future ones.
    public var judged: Int { self[.done] + self[.incomplete] + self[.due] + self[.overdue] }

    /// Done out of the cells whose period has ended or is satisfied, in per mille (integer, no floating point).
    public var completionPerMille: Int? {
        let ended = self[.done] + self[.incomplete] + self[.overdue]
        return ended == 0 ? nil : self[.done] * 1000 / ended
    }

    /// Rolls cells up the tree: every ancestor path of a cell's organisation gets its count, so that a college
    /// shows its branches' totals and the school shows everyone's.
    public static func rollUp(_ cells: [ComplianceCell], paths: [Organization.ID: TreePath]) -> [TreePath: ComplianceTotals] {
        var totals: [TreePath: ComplianceTotals] = [:]
        for cell in cells {
            guard let path = paths[cell.organizationID] else { continue }
            for ancestor in path.selfAndAncestors { totals[ancestor, default: ComplianceTotals()].add(cell.status) }
        }
        return totals
    }
}

extension TreePath {
    /// `/a/b/c/` → `/a/`, `/a/b/`, `/a/b/c/`.
    public var selfAndAncestors: [TreePath] {
        var prefix = "/"
        return rawValue.split(separator: "/").map { segment in
            prefix += segment + "/"
            return TreePath(rawValue: prefix)
        }
    }
}
