import Domain
import FluentKit
import FluentSQL
import Foundation

/// Which watches a scope reaches: those whose class lies in one of its grid subtrees, or all of its schools'
/// for a school-wide scope. A person grant reaches none (students never see the watch list, their own included),
/// and neither does an organisation grant without a linked grid.
extension QueryBuilder where Model == WatchRecord {
    func scoped(_ scope: Scope) -> Self {
        restrict(to: scope.schools, schoolKey: "school_id")
        guard !scope.isEverything else { return self }
        return group(.or) { or in
            or.filter(.sql(unsafeRaw: "1 = 0"))
            for path in scope.gridPaths { or.filter("grid_path", .contains(inverse: false, .prefix), path.rawValue) }
        }
    }
}
