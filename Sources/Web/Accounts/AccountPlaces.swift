import Domain
import Persistence

/// The names of the places roles are held at (organisations, classes, departments), loaded in a few queries for a whole page.
struct AccountPlaces: Sendable {
    var organizations: [Organization.ID: String] = [:]
    var classes: [GridUnit.ID: String] = [:]
    var departments: [Department.ID: String] = [:]

    static func load(_ roles: [RoleAssignment], _ stores: Stores) async throws -> AccountPlaces {
        var places = AccountPlaces(organizations: try await stores.organizations.names(of: Set(roles.compactMap(\.organizationID))),
                                   classes: try await stores.grid.names(of: Set(roles.compactMap(\.gridUnitID))))
        // Departments are few per school: one query per school that has department roles on the page.
        for school in Set(roles.filter { $0.departmentID != nil }.compactMap(\.schoolID)) {
            for department in try await stores.departments.departments(of: school) {
                places.departments[department.id] = department.name
            }
        }
        return places
    }

    /// "组织管理员 · 计算机学院党委": the role and where it reaches.
    func describe(_ assignment: RoleAssignment, _ s: Strings) -> String {
        s.label(assignment.role) + " · " + place(assignment, s)
    }

    func place(_ assignment: RoleAssignment, _ s: Strings) -> String {
        if let id = assignment.organizationID { return organizations[id] ?? "—" }
        if let id = assignment.gridUnitID { return classes[id] ?? "—" }
        if let id = assignment.departmentID { return departments[id] ?? "—" }
        return assignment.role == .partyMember || assignment.role == .student ? s.ownRecord : s.wholeSchool
    }
}

extension Account {
    /// Locked first: it is what the security admin must act on; then a pending first-login change.
    func statusText(_ s: Strings) -> String {
        isLocked ? s.statusLocked : mustChangePassword ? s.statusMustChange : s.statusActive
    }
}
