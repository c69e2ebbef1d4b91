import Foundation
import Tagged

/// Where rows land: the branches and classes in the importer's scope, looked up by name.
/// Built by the caller from what the importer may see, so a place outside the scope is simply not found.
public struct RosterPlaces: Sendable {
    private let organizations: [Organization.ID: Organization]
    private let gridUnits: [GridUnit.ID: GridUnit]
    private let branchesByName: [String: [Organization]]
    private let classesByName: [String: [GridUnit]]
    private let dormsByClass: [GridUnit.ID: [String: GridUnit]]

    public init(organizations: [Organization], gridUnits: [GridUnit]) {
        self.organizations = Dictionary(organizations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.gridUnits = Dictionary(gridUnits.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        branchesByName = Dictionary(grouping: organizations.filter { $0.kind == .branch }) { RosterText.placeKey($0.name) }
        classesByName = Dictionary(grouping: gridUnits.filter { $0.kind == .schoolClass }) { RosterText.placeKey($0.name) }
        var dorms: [GridUnit.ID: [String: GridUnit]] = [:]
        for dorm in gridUnits where dorm.kind == .dorm {
            guard let classID = dorm.parentID else { continue }
            dorms[classID, default: [:]][RosterText.placeKey(dorm.name)] = dorm
        }
        dormsByClass = dorms
    }

    /// The outcome of a lookup by name.
    enum Match<Place> {
        case found(Place)
        case notFound
        /// Several places share the name and the context columns did not single one out.
        case ambiguous
    }

    /// A branch by its exact name; `committee` (所在分党委) only settles a tie between same-named branches.
    func branch(named name: String, committee: String?) -> Match<Organization> {
        let candidates = branchesByName[RosterText.placeKey(name)] ?? []
        return pick(candidates, context: [committee].compactMap { $0 }) { ancestorNames(of: $0) }
    }

    /// A class by its name (软件2301班); college, major and grade only settle a tie between same-named classes.
    func schoolClass(named name: String, context: [String]) -> Match<GridUnit> {
        let candidates = classesByName[RosterText.placeKey(name)] ?? []
        return pick(candidates, context: context) { ancestorNames(of: $0) }
    }

    /// A dorm by its name, among the dorms under the given class.
    func dorm(named name: String, in classID: GridUnit.ID) -> GridUnit? {
        dormsByClass[classID]?[RosterText.placeKey(name)]
    }

    private func pick<Place>(_ candidates: [Place], context: [String], ancestors: (Place) -> [String]) -> Match<Place> {
        if candidates.count == 1 { return .found(candidates[0]) }
        if candidates.isEmpty { return .notFound }
        let keys = context.map(RosterText.placeKey).filter { !$0.isEmpty }
        guard !keys.isEmpty else { return .ambiguous }
        // Lenient on purpose: a sheet's 中共某某大学教育学部委员会 should still single out 教育学部委员会.
        let matching = candidates.filter { place in
            let names = ancestors(place).filter { !$0.isEmpty }
            return keys.allSatisfy { key in names.contains { $0.contains(key) || key.contains($0) } }
        }
        return matching.count == 1 ? .found(matching[0]) : .ambiguous
    }

    private func ancestorNames(of organization: Organization) -> [String] {
        var names: [String] = []
        var next = organization.parentID
        while let id = next, let parent = organizations[id], names.count < 16 {
            names.append(RosterText.placeKey(parent.name))
            next = parent.parentID
        }
        return names
    }

    private func ancestorNames(of unit: GridUnit) -> [String] {
        var names: [String] = []
        var next = unit.parentID
        while let id = next, let parent = gridUnits[id], names.count < 16 {
            names.append(RosterText.placeKey(parent.name))
            next = parent.parentID
        }
        return names
    }
}
