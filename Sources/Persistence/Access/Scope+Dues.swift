import Domain
import FluentKit
import FluentSQL
import Foundation

/// Which dues rows a scope reaches. Reductions: the member's own, and those filed under an organisation subtree of
/// the scope (the branch's path copied when applied for). Ledger lines: the organisations of the subtree.
/// (Payments and profiles are read through the members in scope: DuesStore.members.)
extension QueryBuilder where Model == DuesReductionRecord {
    func scoped(_ scope: Scope) -> Self {
        restrict(to: scope.schools, schoolKey: "school_id")
        guard !scope.isEverything else { return self }
        return group(.or) { or in
            or.filter(.sql(unsafeRaw: "1 = 0"))
            let people = scope.personIDs.map(\.rawValue)
            if !people.isEmpty { or.filter(\.$personID ~~ people) }
            for path in scope.organizationPaths { or.filter("organization_path", .contains(inverse: false, .prefix), path.rawValue) }
        }
    }
}

extension QueryBuilder where Model == DuesLedgerRecord {
    func scoped(_ scope: Scope) -> Self {
        restrict(to: scope.schools, schoolKey: "school_id")
        guard !scope.isEverything else { return self }
        return group(.or) { or in
            or.filter(.sql(unsafeRaw: "1 = 0"))
            for path in scope.organizationPaths { or.filter("organization_path", .contains(inverse: false, .prefix), path.rawValue) }
        }
    }
}
