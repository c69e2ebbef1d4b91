import Domain
import FluentKit
import FluentSQL
import Foundation

/// Which tickets a scope reaches: the requester's own; a department's, for its responders and leaders;
/// every ticket of the school for the supervisor and the school-wide admins.
extension QueryBuilder where Model == TicketRecord {
    func scoped(_ scope: Scope) -> Self {
        restrict(to: scope.schools, schoolKey: "school_id")
        guard !scope.reachesAllTickets else { return self }
        return group(.or) { or in
            or.filter(.sql(unsafeRaw: "1 = 0"))
            let people = scope.personIDs.map(\.rawValue)
            if !people.isEmpty { or.filter(\.$requesterID ~~ people) }
            let departments = scope.departmentIDs.map(\.rawValue)
            if !departments.isEmpty { or.filter(\.$departmentID ~~ departments) }
        }
    }
}
