import Domain

/// The demand tracker's settings (departments, categories, rules, working calendar), its statistics, and the
/// department roles on the account page.
extension Strings {
    // Settings page
    var ticketSettingsTitle: String { pick("诉求办理设置", "Ticket settings") }
    var ticketSettingsIntro: String {
        pick("职能部门答复诉求；每个诉求类别指定负责部门和办结时限（工作日，按本校工作日历计算）。已停用的部门和类别保留历史诉求，但不再接收新诉求。",
             "Departments answer tickets; each category names its department and a time limit in working days (on the school's working calendar). Inactive departments and categories keep their tickets but take no new ones.")
    }
    var settingsDepartments: String { pick("职能部门", "Departments") }
    var settingsDepartmentName: String { pick("部门名称", "Department name") }
    var settingsActive: String { pick("启用", "Active") }
    var settingsInactiveMark: String { pick("（已停用）", " (inactive)") }
    var settingsAddDepartment: String { pick("添加部门", "Add a department") }
    var settingsNoDepartments: String { pick("尚未设置职能部门。", "No departments yet.") }
    var settingsCategories: String { pick("诉求类别", "Ticket categories") }
    var settingsCategoryName: String { pick("类别名称", "Category name") }
    var settingsResponsibleDepartment: String { pick("负责部门", "Responsible department") }
    var settingsTimeLimit: String { pick("办结时限（工作日）", "Time limit (working days)") }
    var settingsAddCategory: String { pick("添加类别", "Add a category") }
    var settingsNoCategories: String { pick("尚未设置诉求类别。", "No categories yet.") }
    var settingsDepartmentFirst: String { pick("请先添加职能部门，再设置诉求类别。", "Add a department before the categories.") }
    var settingsRules: String { pick("办理规则", "Rules") }
    var settingsRulesHint: String {
        pick("答复后请求人未确认也未重新打开的，到期自动确认；请求人可在期限内重新打开一次；逾期未答复的诉求先转部门负责人，再超过所设工作日后转学校督办。",
             "An answer the requester neither confirms nor reopens is confirmed after the first period; the requester may reopen once within the second; an overdue ticket goes to the department leader, and after the third to the school's supervisor.")
    }
    var settingsAutoConfirmDays: String { pick("答复后自动确认（天）", "Auto-confirm after (days)") }
    var settingsReopenDays: String { pick("可重新打开期限（天）", "Reopen within (days)") }
    var settingsSupervisorAfter: String { pick("逾期后转学校督办（工作日）", "To the supervisor after (working days overdue)") }
    var settingsWholeNumber: String { pick("请填写整数", "Enter a whole number") }
    var settingsCalendarLink: String { pick("工作日历（节假日与调休）", "Working calendar (holidays and make-up days)") }
    var settingsBackToSettings: String { pick("返回诉求办理设置", "Back to the ticket settings") }

    // Working calendar page
    func calendarTitle(_ year: Int) -> String { pick("\(year)年工作日历", "Working calendar \(year)") }
    var calendarIntro: String {
        pick("办结时限按工作日计算：周一至周五，扣除法定节假日，加上调休上班日。本校可添加自己的安排（如校庆放假），同一日期以本校安排为准；“照常”取消该日的国务院安排。已计算的截止日期不受影响。",
             "Time limits count working days: Monday to Friday, less public holidays, plus make-up working days. The school may add its own days (a founding-day holiday); on a date the school's entry wins, and “ordinary” cancels the official one. Deadlines already set keep their day.")
    }
    func calendarNoOfficial(_ year: Int) -> String {
        pick("系统未内置\(year)年的国务院节假日安排，请按通知自行添加。", "No official arrangement for \(year) is shipped: add the days from the notice yourself.")
    }
    var calendarPreviousYear: String { pick("上一年", "Previous year") }
    var calendarNextYear: String { pick("下一年", "Next year") }
    var calendarSpecialDays: String { pick("特殊日期", "Special days") }
    var calendarNoSpecialDays: String { pick("本年没有特殊日期。", "No special days this year.") }
    var calendarDate: String { pick("日期", "Date") }
    var calendarWeekday: String { pick("星期", "Day") }
    var calendarKind: String { pick("类型", "Kind") }
    var calendarName: String { pick("名称", "Name") }
    var calendarSource: String { pick("来源", "Source") }
    var calendarIsWorkingDay: String { pick("是否上班", "Working day") }
    var calendarSourceOfficial: String { pick("国务院安排", "Official") }
    var calendarSourceSchool: String { pick("本校", "School") }
    var calendarSourceOverride: String { pick("本校（替代国务院安排）", "School (replaces the official entry)") }
    func calendarReplaces(_ name: String) -> String { pick("原为：\(name)", "Was: \(name)") }
    var calendarRemove: String { pick("删除本校安排", "Remove") }
    var calendarAddEntry: String { pick("添加或替换本校安排", "Add or replace a school entry") }
    var calendarAddHint: String {
        pick("同一日期再次添加会替换本校原有安排。", "Adding a date again replaces the school's entry of that date.")
    }
    var calendarSave: String { pick("保存", "Save") }
    var calendarPerMonth: String { pick("各月工作日", "Working days per month") }
    var calendarMonth: String { pick("月份", "Month") }
    var calendarWorkingDays: String { pick("工作日", "Working days") }
    var calendarDaysOff: String { pick("放假（工作日内）", "Weekdays off") }
    var calendarMakeUpDays: String { pick("调休上班", "Make-up days") }
    var calendarYearTotal: String { pick("全年", "Whole year") }
    var calendarDateRequired: String { pick("请填写日期（年-月-日）", "Enter a date (YYYY-MM-DD)") }
    var calendarKindRequired: String { pick("请选择类型", "Choose a kind") }
    func month(_ month: Int) -> String {
        let en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return pick("\(month)月", (1...12).contains(month) ? en[month - 1] : String(month))
    }
    /// 1 = Monday … 7 = Sunday, as `LocalDate.weekday` counts.
    func weekday(_ day: Int) -> String {
        let zh = ["一", "二", "三", "四", "五", "六", "日"], en = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        guard (1...7).contains(day) else { return "" }
        return pick("周" + zh[day - 1], en[day - 1])
    }
    func label(_ kind: CalendarDay.Kind) -> String {
        switch kind {
        case .holiday: pick("放假", "Holiday")
        case .workday: pick("调休上班", "Make-up working day")
        case .ordinary: pick("照常（取消国务院安排）", "Ordinary (cancels the official entry)")
        }
    }

    // Statistics
    var statisticsTitle: String { pick("诉求办理统计", "Ticket statistics") }
    func statisticsPeriod(_ from: String, _ to: String) -> String {
        pick("统计 \(from) 至 \(to) 提交的诉求（逾期按当前时间计算）。", "Tickets submitted from \(from) to \(to) (overdue as of now).")
    }
    var statisticsFrom: String { pick("开始日期", "From") }
    var statisticsTo: String { pick("结束日期", "To") }
    var statisticsShow: String { pick("统计", "Show") }
    var statisticsDepartment: String { pick("部门", "Department") }
    var statisticsReceived: String { pick("收到", "Received") }
    var statisticsOnSpot: String { pick("现场答复", "Answered on the spot") }
    var statisticsAnswered: String { pick("已答复", "Answered") }
    var statisticsOnTime: String { pick("按时答复", "Answered on time") }
    var statisticsOnTimeRate: String { pick("按时率", "On-time rate") }
    var statisticsOverdue: String { pick("逾期", "Overdue") }
    var statisticsOpen: String { pick("办理中", "Open") }
    var statisticsAverageHours: String { pick("平均答复用时（小时）", "Average hours to answer") }
    var statisticsSatisfaction: String { pick("满意度（星）", "Satisfaction (stars)") }
    var statisticsRated: String { pick("评价数", "Ratings") }
    func statisticsRatings(_ count: Int) -> String { pick("\(count)人评价", "\(count) ratings") }
    var statisticsSchoolTotal: String { pick("全校合计", "School total") }
    var statisticsAllShown: String { pick("合计", "Total") }
    var statisticsUnknownDepartment: String { pick("（未知部门）", "(unknown department)") }
    var statisticsNone: String { pick("该期间在您的范围内没有可统计的诉求。", "No tickets in your reach for this period.") }
    var statisticsChartTitle: String { pick("各部门诉求办理情况", "Tickets per department") }
    func statisticsChartDescription(_ from: String, _ to: String) -> String {
        pick("条形图：\(from) 至 \(to) 各部门收到、按时答复和逾期的诉求数，数据同下表。",
             "Bar chart of the tickets received, answered on time and overdue per department from \(from) to \(to); the table below has the same figures.")
    }
    func statisticsBar(_ department: String, _ series: String, _ value: Int) -> String {
        pick("\(department) · \(series)：\(value)", "\(department) · \(series): \(value)")
    }
    var statisticsFileName: String { pick("诉求办理统计", "ticket-statistics") }
    var statisticsDateInvalid: String { pick("日期格式应为 年-月-日（如 2026-01-31）", "Dates are written YYYY-MM-DD (e.g. 2026-01-31)") }
    var statisticsFromAfterTo: String { pick("开始日期不能晚于结束日期", "The start date must not be after the end date") }

    // Department roles on the account page
    var placeDepartment: String { pick("职能部门（承办人、部门负责人）", "Department (responder, department leader)") }
    var departmentRoleHint: String {
        pick("承办人、部门负责人须选择职能部门；督办面向全校所有诉求。", "Responders and department leaders need a department; the supervisor oversees every ticket of the school.")
    }
    var departmentRequired: String { pick("该角色须选择职能部门", "This role needs a department") }
    var departmentInactive: String { pick("该部门已停用", "This department is no longer active") }
    var schoolRequired: String { pick("该角色须属于一所学校", "This role belongs to a school") }
}
