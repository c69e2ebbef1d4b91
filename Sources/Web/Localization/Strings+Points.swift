import Domain

/// 积分制: the points pages' texts. Names carry a `points` prefix: other features share the catalog.
extension Strings {
    var pointsMineTitle: String { pick("我的积分", "My points") }
    var pointsRankingTitle: String { pick("积分排行", "Points ranking") }
    var pointsNewTitle: String { pick("申报积分", "Claim points") }
    var pointsPendingTitle: String { pick("积分审核", "Points to approve") }
    var pointsLedgerTitle: String { pick("积分台账", "Points ledger") }
    var pointsRulesTitle: String { pick("积分规则", "Point rules") }
    var pointsArchiveTitle: String { pick("年度积分档案与推优", "Yearly archive and nominations") }
    var pointsBalance: String { pick("本期积分", "Points this period") }
    var pointsTotal: String { pick("累计积分", "Total points") }
    var pointsPeriod: String { pick("统计期", "Period") }
    var pointsPeriodHint: String { pick("如 2026、2026-Q3、2026-11", "e.g. 2026, 2026-Q3, 2026-11") }
    func pointsRank(_ rank: Int?, of count: Int) -> String {
        rank.map { pick("第\($0)名 / 共\(count)人", "#\($0) of \(count)") } ?? pick("未上榜", "Not ranked")
    }
    var pointsRankLabel: String { pick("名次", "Rank") }
    var pointsName: String { pick("姓名", "Name") }
    var pointsPoints: String { pick("积分", "Points") }
    var pointsHistory: String { pick("积分记录", "History") }
    var pointsNone: String { pick("暂无积分记录", "No entries yet") }
    var pointsDay: String { pick("日期", "Day") }
    var pointsRule: String { pick("积分项目", "Rule") }
    var pointsSource: String { pick("来源", "Source") }
    var pointsStatus: String { pick("状态", "Status") }
    var pointsQuantity: String { pick("数量", "Quantity") }
    var pointsEvidence: String { pick("佐证材料说明", "Evidence") }
    var pointsPerson: String { pick("党员学工号（为本人申报可留空）", "Member's number (empty for yourself)") }
    var pointsNote: String { pick("说明", "Note") }
    var pointsApprove: String { pick("通过", "Approve") }
    var pointsRefuse: String { pick("不通过", "Refuse") }
    var pointsReason: String { pick("理由", "Reason") }
    var pointsCorrect: String { pick("更正", "Correct") }
    var pointsCorrectionPoints: String { pick("更正分值（扣减填负数）", "Points to add (negative to deduct)") }
    var pointsCorrectionOf: String { pick("更正记录", "Corrects an entry") }
    var pointsNeedsApproval: String { pick("需审核", "Needs approval") }
    var pointsEnabled: String { pick("启用", "In force") }
    var pointsPerUnit: String { pick("分值", "Points") }
    var pointsUnit: String { pick("计分单位", "Unit") }
    var pointsDailyCap: String { pick("每日上限（空为不限）", "Daily cap (empty: none)") }
    var pointsMonthlyCap: String { pick("每月上限（空为不限）", "Monthly cap (empty: none)") }
    var pointsNotSaved: String { pick("尚未设置，保存后生效", "Not set up yet: takes effect once saved") }
    var pointsRulesHint: String {
        pick("规则未保存或未启用的事项不计积分。待审核的积分在审核通过时按当时的上限计入。",
             "Events without a saved rule in force earn nothing. Pending entries count, within the caps, once approved.")
    }
    var pointsPendingNone: String { pick("没有待审核的积分", "Nothing waits for approval") }
    var pointsYear: String { pick("年度", "Year") }
    var pointsFreeze: String { pick("归档冻结", "Archive and freeze") }
    var pointsFreezeHint: String {
        pick("归档后该年度的积分记录和合计不再更改，之后对该年度的更正将被拒绝。",
             "Once archived, the year's entries and totals never change; later corrections to it are refused.")
    }
    var pointsFrozenAt: String { pick("归档时间", "Frozen") }
    var pointsNominations: String { pick("推优选先", "Nominations") }
    var pointsNominationTitle: String { pick("评选项目", "Honour") }
    var pointsSubject: String { pick("推荐对象", "Subject") }
    var pointsCriterion: String { pick("推荐方式", "Criterion") }
    var pointsTopN: String { pick("前N名", "Top N") }
    var pointsThreshold: String { pick("分数线以上", "At or above a threshold") }
    var pointsCriterionValue: String { pick("名额或分数线", "N or threshold") }
    var pointsShortlist: String { pick("推荐名单", "Shortlist") }
    var pointsMakeShortlist: String { pick("生成推荐名单", "Draw the shortlist") }
    var pointsFinalChoice: String { pick("确定人选", "Record the final choice") }
    var pointsChosen: String { pick("最终人选", "Chosen") }
    var pointsDecidedBy: String { pick("确定人", "Decided by") }
    var pointsExportName: String { pick("积分排行", "Points ranking") }
    var pointsOrganization: String { pick("组织", "Organisation") }
    var pointsSeeRanking: String { pick("查看排行", "See the ranking") }
    var pointsAutomatic: String { pick("自动计入", "Automatic") }
    var pointsManual: String { pick("个人申报", "Claimed") }

    func points(_ value: Int) -> String { pick("\(value)分", "\(value) pts") }
}
