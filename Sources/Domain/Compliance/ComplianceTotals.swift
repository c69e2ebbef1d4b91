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
    /// Counts each organisation's own cells first, so that the paths (long strings to split and hash) are walked
    /// once per organisation rather than once per cell: a school's board has ~20 cells per organisation.
    public static func rollUp(_ cells: [ComplianceCell], paths: [Organization.ID: TreePath]) -> [TreePath: ComplianceTotals] {
        var own: [Organization.ID: ComplianceTotals] = [:]
        for cell in cells { own[cell.organizationID, default: ComplianceTotals()].add(cell.status) }
        var totals: [TreePath: ComplianceTotals] = [:]
        for (id, counts) in own {
            guard let path = paths[id] else { continue }
            for ancestor in path.selfAndAncestors { totals[ancestor, default: ComplianceTotals()].add(counts) }
        }
        return totals
    }

    public mutating func add(_ other: ComplianceTotals) {
        for (status, count) in other.counts { add(status, count: count) }
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
