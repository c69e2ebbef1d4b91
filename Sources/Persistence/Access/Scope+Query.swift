import Domain
import FluentKit
import FluentSQL
import Foundation

/// Turns a Scope into SQL predicates. Every store query passes through one of these; there is no other way in.
extension QueryBuilder where Model == PersonRecord {
    func scoped(_ scope: Scope) -> Self {
        restrict(to: scope.schools, schoolKey: "school_id")
        guard !scope.isEverything else { return self }
        return group(.or) { or in
            or.filter(.sql(unsafeRaw: "1 = 0"))
            for path in scope.organizationPaths { or.filter("organization_path", .contains(inverse: false, .prefix), path.rawValue) }
            for path in scope.gridPaths { or.filter("grid_path", .contains(inverse: false, .prefix), path.rawValue) }
            let ids = scope.personIDs.map(\.rawValue)
            if !ids.isEmpty { or.filter(\.$id ~~ ids) }
        }
    }
}

extension QueryBuilder where Model == OrganizationRecord {
    func scoped(_ scope: Scope) -> Self {
        restrict(to: scope.schools, schoolKey: "school_id")
        guard !scope.isEverything else { return self }
        return group(.or) { or in
            or.filter(.sql(unsafeRaw: "1 = 0"))
            for path in scope.organizationPaths { or.filter("path", .contains(inverse: false, .prefix), path.rawValue) }
        }
    }
}

extension QueryBuilder where Model == GridUnitRecord {
    func scoped(_ scope: Scope) -> Self {
        restrict(to: scope.schools, schoolKey: "school_id")
        guard !scope.isEverything else { return self }
        return group(.or) { or in
            or.filter(.sql(unsafeRaw: "1 = 0"))
            for path in scope.gridPaths { or.filter("path", .contains(inverse: false, .prefix), path.rawValue) }
        }
    }
}

extension QueryBuilder {
    @discardableResult
    func restrict(to schools: Scope.Schools, schoolKey: FieldKey) -> Self {
        switch schools {
        case .all: return self
        case .only(let ids):
            if ids.isEmpty { return filter(.sql(unsafeRaw: "1 = 0")) }
            return filter(.path([schoolKey], schema: Model.schema), .subset(inverse: false), .array(ids.map { .bind($0.rawValue) }))
        }
    }
}
