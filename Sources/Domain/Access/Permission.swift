/// The actions the policy table speaks of. Every route names exactly one.
public enum Permission: String, CaseIterable, Sendable {
    case viewHome = "view_home"
    case viewOrganizations = "view_organizations"
    case viewGrid = "view_grid"
    case viewPeople = "view_people"
    case createPeople = "create_people"
    case editPeople = "edit_people"
    case transferMembers = "transfer_members"
    case unmaskPersonalData = "unmask_personal_data"
    case importRosters = "import_rosters"
    case exportLists = "export_lists"
    case viewAudit = "view_audit"
    case manageAccounts = "manage_accounts"
    case manageRoles = "manage_roles"
}
