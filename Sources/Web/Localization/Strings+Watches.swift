import Domain

/// 重点人群随访: the watch list, one watch with its follow-ups, and putting a student on watch.
extension Strings {
    func openWatchCount(_ n: Int) -> String { pick("当前重点关注 \(n) 人", "\(n) students under watch now") }
    var noWatches: String { pick("暂无重点关注学生", "No one on the watch list") }
    var watchSearch: String { pick("姓名或学号", "Name or student number") }
    var watchStudent: String { pick("学生", "Student") }
    var watchClass: String { pick("班级", "Class") }
    var watchReason: String { pick("关注原因", "Reason") }
    var watchOpenedOn: String { pick("开始关注", "Watched since") }
    var watchSource: String { pick("来源", "Source") }
    var watchFromReport: String { pick("异常日报自动加入", "Opened by an abnormal daily report") }
    var watchByHand: String { pick("辅导员手动加入", "Put on watch by hand") }
    var watchDays: String { pick("关注天数", "Days under watch") }
    func daysUnderWatch(_ n: Int) -> String { pick("第\(n)天", "day \(n)") }
    func daysWatched(_ n: Int) -> String { pick("共\(n)天", "\(n) days") }
    var watchLastFollowUp: String { pick("最近随访", "Last follow-up") }
    var watchNoFollowUpYet: String { pick("尚未随访", "Not followed up yet") }
    func watchFollowUpCount(_ n: Int) -> String { pick("随访\(n)次", "\(n) follow-ups") }
    var watchFollowUps: String { pick("随访记录", "Follow-ups") }
    var watchNoFollowUps: String { pick("暂无随访记录", "No follow-ups yet") }
    var watchLogFollowUp: String { pick("登记随访", "Log a follow-up") }
    var watchFollowUpMethod: String { pick("随访方式", "How") }
    var watchFollowUpResult: String { pick("随访结果", "Result") }
    var watchFollowUpNote: String { pick("情况说明（可选）", "Notes (optional)") }
    var watchFollowUpTime: String { pick("随访时间（留空为现在）", "When (empty for now)") }
    var watchRecordedBy: String { pick("登记人", "Recorded by") }
    var closeWatch: String { pick("结束关注", "Close the watch") }
    var watchClosingReason: String { pick("结束原因", "Why it ends") }
    var watchClosingText: String { pick("说明（选“其他”时必填）", "In words (required for “other”)") }
    var watchClosedOn: String { pick("结束时间", "Closed") }
    var watchClosedBy: String { pick("结束人", "Closed by") }
    var watchClosedNote: String { pick("该关注已结束，不能再登记随访。", "This watch is closed: no more follow-ups.") }
    var watchPersonReportsLink: String { pick("查看该生的日报记录", "See this student's daily reports") }
    var putOnWatch: String { pick("加入重点关注", "Put on watch") }
    var watchFindStudent: String { pick("查找学生（本人负责范围内）", "Find a student (in your scope)") }
    var watchNoStudentsFound: String { pick("没有找到学生", "No student found") }
    var watchAlreadyOpen: String { pick("已在关注中", "Already under watch") }
    var watchReasonHint: String { pick("例如：情绪低落、身体不适、家庭变故", "E.g. low mood, unwell, a family emergency") }
    var backToWatches: String { pick("返回重点关注名单", "Back to the watch list") }

    func label(_ status: WatchStatus) -> String {
        switch status {
        case .open: pick("关注中", "Under watch")
        case .closed: pick("已结束", "Closed")
        }
    }

    func label(_ method: FollowUpMethod) -> String {
        switch method {
        case .call: pick("电话", "Phone call")
        case .visit: pick("走访/面谈", "Visit or talk in person")
        case .message: pick("线上沟通", "Online message")
        case .other: pick("其他", "Other")
        }
    }

    func label(_ result: FollowUpResult) -> String {
        switch result {
        case .improved: pick("好转", "Improved")
        case .stable: pick("平稳", "Stable")
        case .worse: pick("加重", "Worse")
        case .recovered: pick("已恢复正常", "Recovered")
        case .unreachable: pick("未联系上", "Not reached")
        }
    }

    func label(_ reason: WatchClosing.Reason) -> String {
        switch reason {
        case .recovered: pick("已康复", "Recovered")
        case .resolved: pick("情况已解除", "Situation resolved")
        case .leftSchool: pick("离校/毕业", "Left school or graduated")
        case .other: pick("其他", "Other")
        }
    }

    func label(_ closing: WatchClosing) -> String {
        closing.text.isEmpty ? label(closing.reason) : label(closing.reason) + "：" + closing.text
    }
}
