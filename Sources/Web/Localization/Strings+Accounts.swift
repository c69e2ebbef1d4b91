import Domain

/// Accounts and roles (三权分立): the system admin's account list and form, the security admin's role pages.
extension Strings {
    var accountsAdminTitle: String { pick("账号管理", "Accounts") }
    var rolesAdminTitle: String { pick("角色授权", "Roles and access") }
    var newAccount: String { pick("新建账号", "New account") }
    var accountDisplayName: String { pick("显示名称", "Display name") }
    var initialPassword: String { pick("初始密码（至少12个字符）", "Initial password (at least 12 characters)") }
    var personNumberOptional: String { pick("关联人员学工号（可选）", "Link to a person by number (optional)") }
    var firstLoginNote: String {
        pick("新账号首次登录时须修改密码。请通过安全渠道告知初始密码。",
             "A new account must change its password at first login. Hand the initial password over safely.")
    }
    var createAccountButton: String { pick("创建", "Create") }
    var linkedPerson: String { pick("关联人员", "Linked person") }
    var accountStatus: String { pick("状态", "Status") }
    var statusLocked: String { pick("已锁定", "Locked") }
    var statusMustChange: String { pick("待修改初始密码", "Must change password") }
    var statusActive: String { pick("正常", "Active") }
    var accountsFileName: String { pick("账号", "accounts") }
    var noAccounts: String { pick("没有账号。", "No accounts.") }
    var noRoles: String { pick("尚未授予角色。", "No roles yet.") }
    var roleField: String { pick("角色", "Role") }
    var assignRole: String { pick("授予角色", "Assign a role") }
    var assignButton: String { pick("授予", "Assign") }
    var revokeButton: String { pick("撤销", "Revoke") }
    var unlockButton: String { pick("解锁", "Unlock") }
    var lockedNotice: String {
        pick("该账号因连续登录失败已被锁定。解锁将记入审计日志。", "This account is locked after failed logins. Unlocking is recorded in the audit trail.")
    }
    var rolePlace: String { pick("范围", "Where") }
    var wholeSchool: String { pick("全校", "Whole school") }
    var ownRecord: String { pick("本人", "Own record") }
    var placeOrganization: String { pick("党组织（组织管理员、支部书记）", "Organisation (organisation admin, branch secretary)") }
    var placeClass: String { pick("班级（辅导员、班长）", "Class (counsellor, class monitor)") }
    var roleHint: String {
        pick("党员、学生角色须先关联人员；系统、安全、审计管理员三权分立，不得兼任其他角色。",
             "Party member and student roles need a linked person; system, security and audit admins hold no other role.")
    }

    // Refusals, in both languages for DomainError messages.
    var displayNameRequired: String { pick("请填写显示名称（不超过64个字符）", "Enter a display name (at most 64 characters)") }
    var roleRequired: String { pick("请选择角色", "Choose a role") }
    var organizationRequired: String { pick("该角色须选择党组织", "This role needs an organisation") }
    var branchRequired: String { pick("支部书记须对应党支部或党总支", "A branch secretary serves a branch or general branch") }
    var classRequired: String { pick("该角色须选择班级", "This role needs a class") }
    var personRequired: String { pick("该角色须先为账号关联人员", "Link the account to a person before giving this role") }
    var notPartyMember: String { pick("关联人员不是党员", "The linked person is not a party member") }
    var duplicateRole: String { pick("该账号已有此角色", "The account already holds this role") }
    var ownAdminRole: String { pick("不能撤销自己的管理员角色", "You cannot revoke your own administrator role") }
    func personNotFound(_ number: String) -> String {
        pick("找不到学工号为 \(number) 的人员", "Nobody has the number \(number)")
    }
}

extension Strings {
    /// One catalog entry in both languages, for a DomainError that the rendering layer localises.
    static func bilingual(_ key: KeyPath<Strings, String>) -> Message {
        Message(zh: zh[keyPath: key], en: en[keyPath: key])
    }
}
