import Domain

/// The daily report pages: the student's report of today and consent, the units' summary, lists and exports.
extension Strings {
    // The student's page
    var reportSubmitUnchanged: String { pick("今日无变化，提交", "No change today: submit") }
    var reportSubmit: String { pick("提交今日上报", "Submit today's report") }
    var reportSubmitted: String { pick("上报成功，谢谢！", "Your report is in. Thank you!") }
    func reportReportedAt(_ time: String) -> String { pick("今日已于 \(time) 上报", "Reported today at \(time)") }
    func reportReportedLateAt(_ time: String) -> String { pick("今日已于 \(time) 上报（迟报）", "Reported today at \(time) (late)") }
    func reportNotYet(_ cutoff: String) -> String { pick("今日尚未上报，截止时间 \(cutoff)", "Not reported yet today; the cut-off is \(cutoff)") }
    func reportNotYetLate(_ cutoff: String) -> String {
        pick("今日尚未上报，已过截止时间 \(cutoff)，现在提交记为迟报", "Not reported yet; the cut-off \(cutoff) has passed, so a report now counts as late")
    }
    var reportPrefilledFromToday: String { pick("已填入今天上报的内容，如有变化请修改后再提交。", "Today's answers are filled in; change what differs and submit again.") }
    var reportPrefilledFromEarlier: String { pick("已填入上次上报的内容；没有变化时直接点下面的按钮即可。", "Your last answers are filled in; if nothing changed, just tap the button.") }
    var reportRecentTitle: String { pick("最近 7 天的上报", "My reports of the last 7 days") }
    var reportNoneRecent: String { pick("最近没有上报记录", "No reports lately") }
    var reportLate: String { pick("迟报", "Late") }
    var reportAbnormalMark: String { pick("异常", "Abnormal") }
    func reportRevision(_ n: Int) -> String { pick("第 \(n) 次提交", "submission \(n)") }
    var reportYes: String { pick("是", "Yes") }
    var reportNo: String { pick("否", "No") }
    var reportAlreadySent: String {
        pick("刚才的上报已经收到；如需修改，请确认下面的内容后再提交一次。", "Your previous report was received; to change it, check the answers below and submit again.")
    }
    var reportOptional: String { pick("（选填）", "(optional)") }

    // Consent
    var reportConsentTitle: String { pick("健康信息处理同意", "Consent to health questions") }
    var reportConsentText: String {
        pick("日报中的体温、身体状况属于敏感个人信息。同意后，这些问题才会出现在你的日报中，仅用于校园健康安全管理，仅你的辅导员、班长和学校相关部门可见。你可以随时撤回。不同意也可以上报，只是不填写健康问题。",
             "Temperature and health are sensitive personal information. With your consent the report asks them, for campus health and safety only, seen only by your counsellor, class monitor and the school's offices. You may withdraw at any time. Without consent you still report, without the health questions.")
    }
    var reportConsentGrant: String { pick("同意并填写健康问题", "I agree: ask the health questions") }
    var reportConsentLater: String { pick("暂不同意，仅填写其他问题即可", "Not now: just answer the other questions") }
    var reportConsentActive: String { pick("你已同意处理健康信息。", "You have agreed to the health questions.") }
    var reportConsentRevokeHint: String {
        pick("撤回后，日报不再询问健康问题，今后的上报不含健康信息；已上报的记录按学校规定保存。",
             "After withdrawing, the report stops asking health questions and future reports hold none; past reports are kept as the school's rules say.")
    }
    var reportConsentRevoke: String { pick("撤回同意", "Withdraw consent") }
    var reportConsentGranted: String { pick("已记录你的同意。", "Your consent is recorded.") }
    var reportConsentRevoked: String { pick("已撤回同意，健康问题不再询问。", "Consent withdrawn: the health questions are no longer asked.") }

    // Staff pages
    var reportDay: String { pick("日期", "Day") }
    var reportShow: String { pick("查看", "Show") }
    var reportPreviousDay: String { pick("前一天", "Previous day") }
    var reportNextDay: String { pick("后一天", "Next day") }
    var reportWholeReach: String { pick("全部", "All") }
    var reportUnit: String { pick("单位", "Unit") }
    var reportExpected: String { pick("应报", "Expected") }
    var reportReported: String { pick("已报", "Reported") }
    var reportMissing: String { pick("未报", "Missing") }
    var reportLateCount: String { pick("迟报", "Late") }
    var reportAbnormal: String { pick("异常", "Abnormal") }
    var reportRate: String { pick("上报率", "Report rate") }
    var reportEnrolled: String { pick("在册", "Enrolled") }
    var reportOnLeave: String { pick("请假离校", "On leave") }
    var reportTotal: String { pick("合计", "Total") }
    var reportNoDorm: String { pick("未分宿舍", "No dorm") }
    var reportNoUnits: String { pick("没有下级单位", "No units below") }
    var reportTrendTitle: String { pick("近 30 天上报率", "Report rate, last 30 days") }
    func reportTrendDescription(_ from: String, _ to: String) -> String {
        pick("\(from) 至 \(to) 每天的上报率（已报 / 应报），柱越高上报越全。", "The report rate (reported / expected) of each day from \(from) to \(to); the higher the bar, the fuller.")
    }
    func reportTrendBar(_ day: String, _ rate: String, _ reported: Int, _ expected: Int) -> String {
        pick("\(day)：上报率 \(rate)（已报 \(reported) / 应报 \(expected)）", "\(day): \(rate) (\(reported) of \(expected))")
    }
    var reportBreakdownsTitle: String { pick("分类统计", "Breakdowns") }
    func reportBreakdownOf(_ question: String) -> String { pick("按“\(question)”统计", "By \u{201C}\(question)\u{201D}") }
    var reportOption: String { pick("选项", "Answer") }
    var reportCount: String { pick("人数", "Students") }
    var reportShare: String { pick("占比", "Share") }
    var reportUnanswered: String { pick("未作答", "Not answered") }
    var reportBackToSummary: String { pick("返回日报统计", "Back to the summary") }

    // Lists
    var reportMissingTitle: String { pick("未报名单", "Not reported") }
    var reportAbnormalTitle: String { pick("异常名单", "Abnormal reports") }
    var reportPersonTitle: String { pick("个人上报记录", "A student's reports") }
    var reportNobodyMissing: String { pick("全部已报", "Everyone has reported") }
    var reportNobodyAbnormal: String { pick("没有异常上报", "No abnormal reports") }
    func reportListCount(_ n: Int) -> String { pick("共 \(n) 人", "\(n) students") }
    var reportName: String { pick("姓名", "Name") }
    var reportNumber: String { pick("学号", "Number") }
    var reportClass: String { pick("班级", "Class") }
    var reportDorm: String { pick("宿舍", "Dorm") }
    var reportReasons: String { pick("异常情况", "Why abnormal") }
    var reportSubmittedAt: String { pick("提交时间", "Submitted") }
    var reportNoReports: String { pick("暂无上报记录", "No reports yet") }

    // Exports
    var reportSummaryFileName: String { pick("日报统计", "daily-reports") }
    var reportMissingFileName: String { pick("未报名单", "not-reported") }
    var reportAbnormalFileName: String { pick("异常名单", "abnormal-reports") }

    // The home page's lines
    func reportTodayMissing(_ n: Int) -> String { pick("今日未报：\(n) 人", "Not reported today: \(n)") }
    var reportTodayButton: String { pick("今日上报", "Report today") }
}
