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
    var duesTitle: String { pick("党费收缴", "Party dues") }
    var myDuesTitle: String { pick("我的党费", "My dues") }
    var pledgesTitle: String { pick("承诺墙", "Pledge wall") }
    var postsTitle: String { pick("先锋岗·示范岗", "Vanguard and model posts") }
    var pointsNavTitle: String { pick("我的积分", "My points") }
    var pointsRankingNavTitle: String { pick("积分排行", "Points ranking") }
    var pointsPendingNavTitle: String { pick("积分审核", "Points to approve") }
    var pointsArchiveNavTitle: String { pick("积分档案·推优", "Points archive") }
    var pointsRulesNavTitle: String { pick("积分规则", "Point rules") }
    var reportFormTitle: String { pick("日报表单", "Report form") }
    var accountsTitle: String { pick("账号与角色", "Accounts and roles") }
}
