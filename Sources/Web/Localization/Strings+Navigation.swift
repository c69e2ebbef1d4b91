/// Titles of the main sections, as the navigation shows them.
extension Strings {
    var organizationsTitle: String { pick("党组织", "Organisations") }
    var gridTitle: String { pick("网格", "Campus grid") }
    var importTitle: String { pick("导入花名册", "Import roster") }
    var auditTitle: String { pick("审计日志", "Audit trail") }
    var dailyReportTitle: String { pick("今日上报", "Today's report") }
    var reportSummaryTitle: String { pick("日报统计", "Daily reports") }
    var leavesTitle: String { pick("离返校", "Leave and return") }
    var watchesTitle: String { pick("重点关注", "Watch list") }
    var reportFormTitle: String { pick("日报表单", "Report form") }
    var accountsTitle: String { pick("账号与角色", "Accounts and roles") }
}
