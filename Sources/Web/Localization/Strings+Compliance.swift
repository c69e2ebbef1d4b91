import Domain

extension Strings {
    var complianceTitle: String { pick("工作欠账", "Compliance board") }
    var inactivityTitle: String { pick("长期未参加组织生活 / 长期无活动", "Long absence and inactive branches") }
    var absentMembersTitle: String { pick("6个月以上未参加组织生活的党员", "Members absent for 6 months or more") }
    var quietBranchesTitle: String { pick("3个月以上无组织生活的支部", "Branches without activity for 3 months or more") }
    var inactivityNote: String { pick("名单供所在党组织谈心谈话、了解情况；系统不会自动作任何处理（党章第九条）。",
                                      "For the branch to talk with and look into; the system changes nothing by itself (Party Constitution Art. 9).") }
    var lastAttended: String { pick("最近出席", "Last attended") }
    var lastMeeting: String { pick("最近一次组织生活", "Last meeting") }
    var level: String { pick("程度", "Level") }
    var never: String { pick("从未", "Never") }
    var memberSince: String { pick("入党日期", "Member since") }
    var organizationColumn: String { pick("组织", "Organisation") }
    var completion: String { pick("完成率", "Completion") }
    var rule: String { pick("规则", "Rule") }
    var period: String { pick("时期", "Period") }
    var explanation: String { pick("说明", "Explanation") }
    var gapsAndIncomplete: String { pick("欠账与不完整明细", "Gaps and incomplete meetings") }
    var branchesColumn: String { pick("下级组织", "Organisations below") }
    var legend: String { pick("图例", "Legend") }
    var rulesTitle: String { pick("组织生活规则", "Rules of organisational life") }
    var rulesHint: String { pick("学校可在《条例》基础上从严要求，不能放宽。", "A school may make the rules stricter, never looser.") }
    var countPerPeriod: String { pick("至少次数", "At least") }
    var unitColumn: String { pick("周期", "Every") }
    var graceDays: String { pick("新建支部宽限天数", "Grace days after founding") }
    var reminderDays: String { pick("期末提前提醒天数", "Reminder days before a period ends") }
    var elementsHint: String { pick("每行一个规定环节，格式：代码|中文|English", "One element per line: key|中文|English") }
    var noticesTitle: String { pick("通知", "Notices") }
    var markRead: String { pick("标为已读", "Mark read") }
    var noNotices: String { pick("暂无通知", "No notices") }
    var unread: String { pick("未读", "Unread") }
    var foundedOn: String { pick("成立日期", "Founded on") }
    var dissolvedOn: String { pick("撤销日期", "Dissolved on") }
    var lifespanTitle: String { pick("成立与撤销日期（工作欠账据此计算）", "Founding and dissolution (the board counts from these)") }
    var robotsLink: String { pick("群机器人", "Group robots") }
}
