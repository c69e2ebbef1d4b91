import Domain
import FluentKit
import Foundation

final class GridUnitRecord: Model, @unchecked Sendable {
    static let schema = "grid_units"
    @ID(key: .id) var id: UUID?
    @Field(key: "school_id") var schoolID: UUID
    @OptionalField(key: "parent_id") var parentID: UUID?
    @Field(key: "kind") var kind: String
    @Field(key: "name") var name: String
    @Field(key: "path") var path: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(_ u: GridUnit) {
        id = u.id.rawValue; schoolID = u.schoolID.rawValue; parentID = u.parentID?.rawValue
        kind = u.kind.rawValue; name = u.name; path = u.path.rawValue
    }

    var domain: GridUnit {
        GridUnit(id: .init(id!), schoolID: .init(schoolID), parentID: parentID.map { .init($0) },
                 kind: GridUnit.Kind(rawValue: kind) ?? .schoolClass, name: name, path: TreePath(rawValue: path))
    }
}
