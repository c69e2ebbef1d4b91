import Domain
import FluentKit
import FluentSQL
import Foundation

/// Which ledger lines a scope reaches: one's own; a student's, by the class path copied when they applied
/// (counsellors, monitors, college admins); a staff member's, through the party organisation the staff member
/// belongs to (organisation admins of that subtree); all of the school's for school-wide admins.
extension QueryBuilder where Model == LeaveRecord {
    func scoped(_ scope: Scope) -> Self {
        restrict(to: scope.schools, schoolKey: "school_id")
        guard !scope.isEverything else { return self }
        return group(.or) { or in
            or.filter(.sql(unsafeRaw: "1 = 0"))
            let people = scope.personIDs.map(\.rawValue)
            if !people.isEmpty { or.filter(\.$personID ~~ people) }
            for path in scope.gridPaths { or.filter("grid_path", .contains(inverse: false, .prefix), path.rawValue) }
            // Staff carry no class: their movements follow their organisation, looked up at read time.
            for path in scope.organizationPaths {
                or.filter(.sql(embed: """
                    (\(ident: "leave_applications").\(ident: "traveller") = 'staff' AND \(ident: "leave_applications").\(ident: "person_id") IN \
                    (SELECT \(ident: "id") FROM \(ident: "people") WHERE \(ident: "organization_path") LIKE \(bind: path.subtreePattern)))
                    """))
            }
        }
    }
}
