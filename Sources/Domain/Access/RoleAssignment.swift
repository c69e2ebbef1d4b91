import Foundation
import Tagged

/// One role held by an account at one place: an organisation, a grid unit or the school.
public struct RoleAssignment: Identifiable, Equatable, Sendable {
    public typealias ID = Tagged<RoleAssignment, UUID>
    public var id: ID
    public var role: Role
    public var schoolID: School.ID?
    public var organizationID: Organization.ID?
    public var gridUnitID: GridUnit.ID?
    public var departmentID: Department.ID?

    public init(id: ID, role: Role, schoolID: School.ID?, organizationID: Organization.ID? = nil,
                gridUnitID: GridUnit.ID? = nil, departmentID: Department.ID? = nil) {
        self.id = id; self.role = role; self.schoolID = schoolID
        self.organizationID = organizationID; self.gridUnitID = gridUnitID; self.departmentID = departmentID
    }
}

/// An assignment with the paths of the places it names, resolved by Persistence.
public struct ResolvedAssignment: Equatable, Sendable {
    public var role: Role
    public var schoolID: School.ID?
    public var organizationPath: TreePath?
    /// The grid subtree the assignment reaches: the class of a counsellor, the college linked to a committee.
    public var gridPath: TreePath?
    /// The assigned organisation is the root of its school's party tree.
    public var isSchoolRoot: Bool
    public var departmentID: Department.ID?

    public init(role: Role, schoolID: School.ID?, organizationPath: TreePath? = nil, gridPath: TreePath? = nil,
                isSchoolRoot: Bool = false, departmentID: Department.ID? = nil) {
        self.role = role; self.schoolID = schoolID; self.organizationPath = organizationPath
        self.gridPath = gridPath; self.isSchoolRoot = isSchoolRoot; self.departmentID = departmentID
    }
}
