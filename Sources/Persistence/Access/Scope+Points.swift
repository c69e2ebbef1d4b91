import Domain
import FluentKit
import FluentSQL
import Foundation

/// Which ledger entries a scope reaches: one's own, and those of the people of the organisation subtrees the scope
/// holds (a member's points follow their current organisation); all of the school's for school-wide roles.
extension QueryBuilder where Model == PointEntryRecord {
    func scoped(_ scope: Scope) -> Self {
        restrict(to: scope.schools, schoolKey: "school_id")
        guard !scope.isEverything else { return self }
        return group(.or) { or in
            or.filter(.sql(unsafeRaw: "1 = 0"))
            let people = scope.personIDs.map(\.rawValue)
            if !people.isEmpty { or.filter(\.$personID ~~ people) }
            for path in scope.organizationPaths {
                or.filter(.sql(embed: """
                    \(ident: "point_entries").\(ident: "person_id") IN \
                    (SELECT \(ident: "id") FROM \(ident: "people") WHERE \(ident: "organization_path") LIKE \(bind: path.subtreePattern))
                    """))
            }
        }
    }
}
