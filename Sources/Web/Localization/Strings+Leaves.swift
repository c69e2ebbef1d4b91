import Domain

/// 师生流动台账: the leave/return ledger's texts. Names carry a `leave` prefix: other features share the catalog.
extension Strings {
    var myLeavesTitle: String { pick("我的离校申请", "My leave applications") }
    var leaveApply: String { pick("申请离校", "Apply for leave") }
    var leaveNewTitle: String { pick("离校申请", "Leave application") }
    var leaveShowTitle: String { pick("离校申请详情", "Leave application") }
    var leaveStaffNewTitle: String { pick("登记教职工外出", "Record a staff movement") }
    var leaveTodayTitle: String { pick("今日离校", "Off campus today") }
    func leaveTodayHeading(_ day: String, _ count: Int) -> String {
        pick("\(day) 离校在外共 \(count) 人", "\(count) off campus on \(day)")
    }
    var leaveFirstDay: String { pick("离校日期", "First day away") }
    var leaveLastDay: String { pick("返校前最后一天", "Last day away") }
    var leaveDays: String { pick("请假日期", "Days") }
    func leaveDayCount(_ n: Int) -> String { pick("共\(n)天", "\(n) days") }
    var leaveDestination: String { pick("去向", "Destination") }
    var leaveReason: String { pick("事由", "Reason") }
    var leaveTraveller: String { pick("姓名", "Name") }
    var leaveNumber: String { pick("学工号", "Number") }
    var leaveClass: String { pick("班级", "Class") }
    var leaveStatusLabel: String { pick("状态", "Status") }
    var leaveDecision: String { pick("审批", "Decision") }
    var leaveDecisionNote: String { pick("审批意见", "Decision note") }
    var leaveLeftAt: String { pick("离校时间", "Left") }
    var leaveReturnedAt: String { pick("返校时间", "Returned") }
    var leaveAppliedAt: String { pick("申请时间", "Applied") }
    var leaveKind: String { pick("类别", "Kind") }
    var leaveOnDay: String { pick("日期（在请假期间）", "Date (within the leave)") }
    var leaveNone: String { pick("暂无离校记录", "No leave records") }
    var leaveNobodyAway: String { pick("今天没有人离校在外", "Nobody is off campus today") }
    var leavePerClass: String { pick("各班离校人数", "Off campus per class") }
    var leaveCount: String { pick("人数", "People") }
    var leaveOverdue: String { pick("逾期未返校", "Overdue") }
    var leaveStaffNumber: String { pick("教职工工号", "Staff number") }
    var leaveStaffHint: String {
        pick("教职工外出直接登记为已批准；当天出发的登记为已离校。", "Recorded as approved; one that starts today is recorded as left.")
    }
    var leaveFormHint: String {
        pick("离校前提交，辅导员批准后方可离校；返校后请及时登记返校。", "Apply before you go; leave once your counsellor approves, and record your return when back.")
    }
    var leaveSearchHint: String { pick("姓名或学工号", "Name or number") }
    var leaveExportName: String { pick("离返校台账", "leave-ledger") }

    // Actions
    var leaveApprove: String { pick("批准", "Approve") }
    var leaveApproveNote: String { pick("审批意见（可选）", "Note (optional)") }
    var leaveRefuse: String { pick("不批准", "Refuse") }
    var leaveRefuseReason: String { pick("不批准的理由（必填）", "Reason for refusing (required)") }
    var leaveCancel: String { pick("撤销申请", "Cancel the application") }
    var leaveMarkLeft: String { pick("登记离校", "Record departure") }
    var leaveMarkReturned: String { pick("登记返校", "Record return") }

    func label(_ status: LeaveStatus) -> String {
        switch status {
        case .pending: pick("待审批", "Pending")
        case .approved: pick("已批准", "Approved")
        case .refused: pick("未批准", "Refused")
        case .cancelled: pick("已撤销", "Cancelled")
        case .left: pick("已离校", "Left")
        case .returned: pick("已返校", "Returned")
        }
    }

    func label(_ traveller: LeaveTraveller) -> String {
        switch traveller {
        case .student: pick("学生", "Student")
        case .staff: pick("教职工", "Staff")
        }
    }
}
