import Domain
import Foundation

/// The grid as one actor sees it: the units in scope, and for a chosen unit the trail above it, the units one
/// level down, and the classes below it (whose counters add up to the unit's numbers). Built once per grid
/// (the whole school's is cached with the grid): a summary then only looks things up.
final class ReportReach: Sendable {
    let units: [GridUnit]
    private let byID: [GridUnit.ID: GridUnit]
    /// Units whose parent is out of reach (colleges for the school, a counsellor's classes), by name.
    let tops: [GridUnit]
    private let childrenByParent: [GridUnit.ID: [GridUnit]]
    private let allClasses: [GridUnit]

    init(units: [GridUnit]) {
        self.units = units
        let byID = Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.byID = byID
        tops = units.filter { $0.parentID.flatMap { byID[$0] } == nil }.sorted { $0.name < $1.name }
        childrenByParent = Dictionary(grouping: units.filter { $0.kind != .dorm && $0.parentID != nil }) { $0.parentID! }
            .mapValues { $0.sorted { $0.name < $1.name } }
        allClasses = units.filter { $0.kind == .schoolClass }
    }

    func unit(_ id: GridUnit.ID) -> GridUnit? { byID[id] }

    /// The unit a summary opens on: the one top when there is just one, else the reach as a whole.
    var defaultUnit: GridUnit? { tops.count == 1 ? tops[0] : nil }

    func children(of unit: GridUnit?) -> [GridUnit] {
        guard let unit else { return tops }
        return childrenByParent[unit.id] ?? []
    }

    func classes(under unit: GridUnit?) -> [GridUnit] {
        guard let unit else { return allClasses }
        return allClasses.filter { unit.path.contains($0.path) }
    }

    /// The child of `unit` (one level down, or a top unit for nil) that each class below it lies in, found by
    /// climbing the parents once per class rather than matching every class against every child.
    func childOfClass(under unit: GridUnit?) -> [GridUnit.ID: GridUnit.ID] {
        let childIDs = Set(children(of: unit).map(\.id))
        var result: [GridUnit.ID: GridUnit.ID] = [:]
        for candidate in classes(under: unit) {
            var current: GridUnit.ID? = candidate.id
            while let id = current, !childIDs.contains(id) { current = byID[id]?.parentID }
            if let child = current { result[candidate.id] = child }
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
