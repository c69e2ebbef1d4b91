/// Titles of the main sections, as the navigation shows them.
extension Strings {
    var organizationsTitle: String { pick("党组织", "Organisations") }
    var gridTitle: String { pick("网格", "Campus grid") }
    var importTitle: String { pick("导入花名册", "Import roster") }
    var auditTitle: String { pick("审计日志", "Audit trail") }
    var accountsTitle: String { pick("账号与角色", "Accounts and roles") }
}
