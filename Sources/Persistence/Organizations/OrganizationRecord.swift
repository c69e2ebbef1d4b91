import Domain
import FluentKit
import Foundation

final class OrganizationRecord: Model, @unchecked Sendable {
    static let schema = "organizations"
    @ID(key: .id) var id: UUID?
    @Field(key: "school_id") var schoolID: UUID
    @OptionalField(key: "parent_id") var parentID: UUID?
    @Field(key: "kind") var kind: String
    @OptionalField(key: "category") var category: String?
    @Field(key: "name") var name: String
    @Field(key: "path") var path: String
    @OptionalField(key: "grid_unit_id") var gridUnitID: UUID?
    @OptionalField(key: "founded_on") var foundedOn: String?
    @OptionalField(key: "dissolved_on") var dissolvedOn: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(_ o: Organization) {
        id = o.id.rawValue; schoolID = o.schoolID.rawValue; parentID = o.parentID?.rawValue
        kind = o.kind.rawValue; category = o.category?.rawValue; name = o.name; path = o.path.rawValue
        gridUnitID = o.gridUnitID?.rawValue; foundedOn = o.foundedOn?.iso; dissolvedOn = o.dissolvedOn?.iso
    }

    var domain: Organization {
        Organization(id: .init(id!), schoolID: .init(schoolID), parentID: parentID.map { .init($0) },
                     kind: Organization.Kind(rawValue: kind) ?? .branch,
                     category: category.flatMap(Organization.Category.init(rawValue:)),
                     name: name, path: TreePath(rawValue: path), gridUnitID: gridUnitID.map { .init($0) },
                     foundedOn: foundedOn.flatMap(LocalDate.init(iso:)), dissolvedOn: dissolvedOn.flatMap(LocalDate.init(iso:)))
    }
}
