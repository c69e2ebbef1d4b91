import Domain
import FluentKit
import FluentSQL
import Foundation

/// Which pledges an actor reaches: the pledge wall is public within the school (亮承诺), so every published
/// pledge of the scope's schools; a draft only its owner.
extension QueryBuilder where Model == PledgeRecord {
    func scoped(_ scope: Scope, owner: Person.ID?) -> Self {
        restrict(to: scope.schools, schoolKey: "school_id")
        return group(.or) { or in
            or.filter(\.$status != PledgeStatus.draft.rawValue)
            if let owner { or.filter(\.$personID == owner.rawValue) }
        }
    }
}
