import Domain
import Foundation

/// The grid as one actor sees it: the units in scope, and for a chosen unit the trail above it, the units one
/// level down, and the classes below it (whose counters add up to the unit's numbers).
struct ReportReach {
    var units: [GridUnit]
    private var byID: [GridUnit.ID: GridUnit]

    init(units: [GridUnit]) {
        self.units = units
        byID = Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    func unit(_ id: GridUnit.ID) -> GridUnit? { byID[id] }

    /// The top of the reach: units whose parent is out of reach (colleges for the school, a counsellor's classes).
    var tops: [GridUnit] { units.filter { $0.parentID.flatMap { byID[$0] } == nil } }

    /// The unit a summary opens on: the one top when there is just one, else the reach as a whole.
    var defaultUnit: GridUnit? { tops.count == 1 ? tops[0] : nil }

    func children(of unit: GridUnit?) -> [GridUnit] {
        guard let unit else { return tops.sorted { $0.name < $1.name } }
        return units.filter { $0.parentID == unit.id && $0.kind != .dorm }.sorted { $0.name < $1.name }
    }

    func classes(under unit: GridUnit?) -> [GridUnit] {
        units.filter { candidate in candidate.kind == .schoolClass && (unit.map { $0.path.contains(candidate.path) } ?? true) }
    }

    /// The child of `unit` (one level down, or a top unit for nil) that each class below it lies in, found by
    /// climbing the parents once per class rather than matching every class against every child.
    func childOfClass(under unit: GridUnit?) -> [GridUnit.ID: GridUnit.ID] {
        let childIDs = Set(children(of: unit).map(\.id))
        var result: [GridUnit.ID: GridUnit.ID] = [:]
        for candidate in units where candidate.kind == .schoolClass {
            var current: GridUnit? = candidate
            while let node = current, !childIDs.contains(node.id) { current = node.parentID.flatMap { byID[$0] } }
            if let child = current { result[candidate.id] = child.id }
        }
        return result
    }

    func trail(to unit: GridUnit?) -> [GridUnit] {
        var trail: [GridUnit] = []
        var next = unit.flatMap { $0.parentID }.flatMap { byID[$0] }
        while let current = next { trail.insert(current, at: 0); next = current.parentID.flatMap { byID[$0] } }
        return trail
    }
}
