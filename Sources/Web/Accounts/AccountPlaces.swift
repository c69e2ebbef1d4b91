import Domain
import Persistence

/// The names of the places roles are held at (organisations, classes), loaded in two queries for a whole page.
struct AccountPlaces: Sendable {
    var organizations: [Organization.ID: String] = [:]
    var classes: [GridUnit.ID: String] = [:]

    static func load(_ roles: [RoleAssignment], _ stores: Stores) async throws -> AccountPlaces {
        AccountPlaces(organizations: try await stores.organizations.names(of: Set(roles.compactMap(\.organizationID))),
                      classes: try await stores.grid.names(of: Set(roles.compactMap(\.gridUnitID))))
    }

    /// "组织管理员 · 计算机学院党委": the role and where it reaches.
    func describe(_ assignment: RoleAssignment, _ s: Strings) -> String {
        s.label(assignment.role) + " · " + place(assignment, s)
    }

    func place(_ assignment: RoleAssignment, _ s: Strings) -> String {
        if let id = assignment.organizationID { return organizations[id] ?? "—" }
        if let id = assignment.gridUnitID { return classes[id] ?? "—" }
        return assignment.role == .partyMember || assignment.role == .student ? s.ownRecord : s.wholeSchool
    }
}

extension Account {
    /// Locked first: it is what the security admin must act on; then a pending first-login change.
    func statusText(_ s: Strings) -> String {
        isLocked ? s.statusLocked : mustChangePassword ? s.statusMustChange : s.statusActive
    }
}
