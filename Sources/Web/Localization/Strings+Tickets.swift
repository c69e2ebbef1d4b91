import Domain

extension Strings {
    var ticketsTitle: String { pick("诉求办理", "Tickets") }
    var myTicketsTitle: String { pick("我的诉求", "My tickets") }
    var newTicket: String { pick("我要提问 / 反映诉求", "Raise a question") }
    var ticketSettingsLink: String { pick("诉求设置", "Ticket settings") }
    var openTicketsStat: String { pick("待办诉求", "Open tickets") }
    var overdueTicketsStat: String { pick("超期诉求", "Overdue tickets") }
    var statisticsLink: String { pick("办理统计", "Statistics") }
    var ticketBoardTitle: String { pick("已办结诉求公示", "Resolved questions") }
    var ticketBoardIntro: String { pick("先搜一搜：常见问题可能已经有了答复。公示内容已隐去提出人。", "Search first: your question may already have an answer. Requesters are never shown.") }
    var ticketCategory: String { pick("问题类别", "Category") }
    var ticketTitleField: String { pick("一句话概括", "In one line") }
    var ticketBody: String { pick("具体情况", "Details") }
    var ticketPhotos: String { pick("照片（可选，最多6张）", "Photos (optional, up to 6)") }
    var anonymous: String { pick("对承办部门匿名（系统仍记录提出人，仅用于跟进与防止滥用）", "Anonymous to the responders (the system still knows you, for follow-up and abuse handling)") }
    var publishable: String { pick("办结后可匿名公示，供他人参考", "May be shown anonymised on the public board once resolved") }
    var channel: String { pick("来源渠道", "Channel") }
    var visitPlace: String { pick("走访场合（七进）", "Visit (七进)") }
    var submit: String { pick("提交", "Submit") }
    var requester: String { pick("提出人", "Requester") }
    var anonymousRequester: String { pick("匿名", "Anonymous") }
    var department: String { pick("承办部门", "Department") }
    var assignee: String { pick("承办人", "Responder") }
    var dueOn: String { pick("办结时限", "Due") }
    var submittedAt: String { pick("提交时间", "Submitted") }
    var answer: String { pick("答复", "Answer") }
    var answeredAt: String { pick("答复时间", "Answered") }
    var history: String { pick("办理记录", "History") }
    var rating: String { pick("满意度", "Satisfaction") }
    var ratingComment: String { pick("评价意见（可选）", "Comment (optional)") }
    var noTickets: String { pick("暂无诉求", "No tickets") }
    var onlyMine: String { pick("我提出的", "Raised by me") }
    var assignedToMe: String { pick("我承办的", "Assigned to me") }
    var overdueOnly: String { pick("已超期", "Overdue") }
    var escalatedOnly: String { pick("已督办/上报", "Escalated") }
    var overdue: String { pick("超期", "Overdue") }
    var pausedNote: String { pick("等待补充情况，计时暂停", "Waiting for information: the clock is paused") }
    var answeredOnSpot: String { pick("现场答复", "Answered on the spot") }
    var answeredLate: String { pick("超时答复", "Answered late") }
    var answeredOnTime: String { pick("按时答复", "Answered in time") }
    var autoConfirmed: String { pick("自动确认", "Auto-confirmed") }
    var mergedInto: String { pick("已合并到", "Merged into") }
    var mergedAnswer: String { pick("合并后的答复", "Answer of the merged ticket") }
    var photos: String { pick("照片", "Photos") }
    var note: String { pick("说明", "Note") }
    var ticketNumber: String { pick("编号", "No.") }
    var tickets: String { pick("诉求", "Tickets") }
    func workingDaysLeft(_ days: Int) -> String { pick("还剩\(days)个工作日", "\(days) working days left") }
    func timeLimit(_ days: Int) -> String { pick("\(days)个工作日", "\(days) working days") }
    func stars(_ n: Int) -> String { String(repeating: "★", count: n) + String(repeating: "☆", count: max(0, 5 - n)) }

    // Actions
    var acceptAction: String { pick("受理", "Accept") }
    var assignTo: String { pick("交给", "Assign to") }
    var answerAction: String { pick("答复", "Answer") }
    var transferAction: String { pick("转办", "Transfer") }
    var transferToDepartment: String { pick("转交部门", "To department") }
    var transferNote: String { pick("转办说明（办结时限不变）", "Why (the deadline stays)") }
    var requestInfoAction: String { pick("请提出人补充情况（计时暂停）", "Ask the requester for information (pauses the clock)") }
    var provideInfoAction: String { pick("补充情况", "Provide information") }
    var confirmAction: String { pick("问题已解决，确认办结", "Solved: confirm") }
    var reopenAction: String { pick("未解决，重新办理", "Not solved: reopen") }
    func reopenHint(_ days: Int) -> String { pick("答复后\(days)天内可重新办理一次", "Once, within \(days) days of the answer") }
    var rateAction: String { pick("评价", "Rate") }
    var mergeAction: String { pick("合并重复诉求", "Merge as a duplicate") }
    var mergeInto: String { pick("合并到诉求编号", "Into ticket number") }
    var question: String { pick("需补充的问题", "Question") }

    func label(_ status: TicketStatus) -> String {
        switch status {
        case .submitted: pick("待受理", "Submitted")
        case .accepted: pick("办理中", "In progress")
        case .infoRequested: pick("待补充", "Waiting for information")
        case .answered: pick("已答复", "Answered")
        case .confirmed: pick("已办结", "Resolved")
        case .merged: pick("已合并", "Merged")
        }
    }

    func label(_ channel: TicketChannel) -> String {
        switch channel {
        case .web: pick("网上提交", "Web form")
        case .suggestionBox: pick("学生意见箱", "Suggestion box")
        case .briefing: pick("工作通报面对面", "Briefing")
        case .visit: pick("领导走访（七进）", "Leader's visit (七进)")
        }
    }

    func label(_ place: VisitPlace) -> String {
        switch place {
        case .classroom: pick("进课堂", "Classroom")
        case .classGroup: pick("进班级", "Class")
        case .dormitory: pick("进宿舍", "Dormitory")
        case .canteen: pick("进食堂", "Canteen")
        case .club: pick("进社团", "Club")
        case .lecture: pick("进讲座", "Lecture")
        case .online: pick("进网络", "Online")
        }
    }

    func label(_ escalation: Escalation) -> String {
        switch escalation {
        case .none: ""
        case .warned: pick("即将到期", "Due soon")
        case .leader: pick("超期·已报部门负责人", "Overdue · leader told")
        case .supervisor: pick("超期·已报学校督办", "Overdue · supervisor told")
        }
    }

    func label(_ kind: TicketEventKind) -> String {
        switch kind {
        case .submitted: pick("提交", "Submitted")
        case .accepted: pick("受理", "Accepted")
        case .answered: pick("答复", "Answered")
        case .transferred: pick("转办", "Transferred")
        case .infoRequested: pick("请补充情况", "Information requested")
        case .infoProvided: pick("补充情况", "Information provided")
        case .confirmed: pick("确认办结", "Confirmed")
        case .autoConfirmed: pick("逾期未确认，自动办结", "Confirmed automatically")
        case .reopened: pick("重新办理", "Reopened")
        case .rated: pick("评价", "Rated")
        case .merged: pick("合并", "Merged")
        case .answeredOnSpot: pick("现场答复", "Answered on the spot")
        case .warned: pick("到期预警", "Deadline warning")
        case .escalatedToLeader: pick("超期，报部门负责人", "Overdue: leader told")
        case .escalatedToSupervisor: pick("超期，报学校督办", "Overdue: supervisor told")
        }
    }

    // Briefings
    var briefingsTitle: String { pick("工作通报面对面", "Briefings") }
    var newBriefing: String { pick("记录通报会", "Record a briefing") }
    var heldOn: String { pick("日期", "Date") }
    var briefingTitle: String { pick("主题", "Title") }
    var briefingPlace: String { pick("地点", "Place") }
    var departmentReports: String { pick("部门通报", "Departments' reports") }
    var reportSummary: String { pick("通报要点", "Summary") }
    var representatives: String { pick("师生代表", "Representatives") }
    var representativesHint: String { pick("每行一位：姓名|学生或教师|学院（可省略）", "One a line: name|student or teacher|college (optional)") }
    var briefingQuestions: String { pick("现场提出的问题", "Questions raised") }
    var previousOpenQuestions: String { pick("上次通报会遗留问题的办理情况", "Open questions of the previous briefing") }
    var addQuestion: String { pick("登记问题", "Record a question") }
    var answerOnSpot: String { pick("现场答复（填写即办结；留空则转入限时办理）", "Answer given on the spot (closes it; leave empty to track it)") }
    var noBriefings: String { pick("暂无通报会记录", "No briefings yet") }
    func label(_ kind: Briefing.Representative.Kind) -> String {
        switch kind {
        case .student: pick("学生", "Student")
        case .teacher: pick("教师", "Teacher")
        }
    }
}
