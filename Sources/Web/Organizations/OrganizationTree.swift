import Domain
import Persistence

/// The actor's part of the party tree with the number of people in each subtree: what the tree page
/// draws, and where the record page and the API find children and counts.
struct OrganizationTree: Sendable {
    var forest: Forest<Organization>
    /// People whose organisation is the node or one below it.
    var totals: [Organization.ID: Int]
    var byID: [Organization.ID: Organization]

    init(_ stores: Stores, scope: Scope) async throws {
        let organizations = try await stores.organizations.list(scope: scope)
        let counts = try await stores.organizations.memberCounts(scope: scope)
        forest = Forest(organizations, id: \.id, parentID: \.parentID, areInIncreasingOrder: OrganizationTree.precedes)
        totals = forest.totals(id: \.id) { counts[$0.id] ?? 0 }
        byID = Dictionary(organizations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Siblings by kind (committee, general branch, branch, group), then by name.
    static func precedes(_ a: Organization, _ b: Organization) -> Bool {
        if a.kind != b.kind { return rank(a.kind) < rank(b.kind) }
        return SiblingOrder.precedes(a.name, b.name)
    }

    private static func rank(_ kind: Organization.Kind) -> Int {
        Organization.Kind.allCases.firstIndex(of: kind) ?? 0
    }
}
