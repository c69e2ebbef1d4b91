import Foundation
import Tagged

/// Any node of the party tree (党组织): committee → general branch → branch → group.
public struct Organization: Identifiable, Equatable, Sendable {
    public typealias ID = Tagged<Organization, UUID>
    public var id: ID
    public var schoolID: School.ID
    public var parentID: ID?
    public var kind: Kind
    public var category: Category?
    public var name: String
    public var path: TreePath
    /// The grid unit (a college) this committee answers for, so its secretary also sees those students.
    public var gridUnitID: GridUnit.ID?
    /// The lifespan the 工作欠账 board judges: nothing is owed before founding or after dissolution.
    public var foundedOn: LocalDate?
    public var dissolvedOn: LocalDate?

    public init(id: ID, schoolID: School.ID, parentID: ID?, kind: Kind, category: Category? = nil,
                name: String, path: TreePath, gridUnitID: GridUnit.ID? = nil,
                foundedOn: LocalDate? = nil, dissolvedOn: LocalDate? = nil) {
        self.id = id; self.schoolID = schoolID; self.parentID = parentID; self.kind = kind
        self.category = category; self.name = name; self.path = path; self.gridUnitID = gridUnitID
        self.foundedOn = foundedOn; self.dissolvedOn = dissolvedOn
    }

    public var isDissolved: Bool { dissolvedOn != nil }

    public enum Kind: String, Codable, CaseIterable, Sendable {
        case committee, generalBranch = "general_branch", branch, group

        /// The kinds a child of this kind may have.
        public var allowedChildren: [Kind] {
            switch self {
            case .committee: [.committee, .generalBranch, .branch]
            case .generalBranch: [.branch]
            case .branch: [.group]
            case .group: []
            }
        }
    }

    /// What kind of people a branch gathers (教工/学生/机关/离退休).
    public enum Category: String, Codable, CaseIterable, Sendable {
        case teachers, students, administrative, retired
    }
}
