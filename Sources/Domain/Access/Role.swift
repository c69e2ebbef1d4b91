/// The roles an account can hold. The first three are 三权分立: no account holds two of them.
public enum Role: String, Codable, CaseIterable, Sendable {
    case systemAdmin = "system_admin"
    case securityAdmin = "security_admin"
    case auditAdmin = "audit_admin"
    /// Organisation department or a college committee: a subtree of the party tree (and its grid).
    case organizationAdmin = "organization_admin"
    /// Branch secretary or committee member: one branch.
    case branchSecretary = "branch_secretary"
    case counselor
    case classMonitor = "class_monitor"
    case partyMember = "party_member"
    case student
    /// 职能部门 staff who accept and answer the department's tickets.
    case responder
    /// A department's leader: sees its tickets, hands them out, and is told when one is overdue.
    case departmentLeader = "department_leader"
    /// The school-level supervisor of the demand tracker (督办): every ticket of the school, and the last escalation.
    case supervisor

    public var isSeparatedAdministration: Bool {
        self == .systemAdmin || self == .securityAdmin || self == .auditAdmin
    }

    /// 三权分立: refuses a set of roles that combines two of the separated administrations.
    public static func checkSeparation(_ roles: [Role]) throws {
        let admins = Set(roles.filter(\.isSeparatedAdministration))
        if admins.count > 1 {
            throw DomainError.invalid(field: "role", message: Message(
                zh: "三权分立：系统管理员、安全管理员、审计管理员不能由同一账号兼任",
                en: "Separation of duties: system, security and audit administration cannot share one account"))
        }
    }
}
