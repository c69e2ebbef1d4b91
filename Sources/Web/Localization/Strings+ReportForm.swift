import Domain

/// The daily report form editor, the report settings and the reminders.
extension Strings {
    // Editor
    var reportFormIntro: String {
        pick("每次修改都保存为表单的新版本，已提交的日报保留其填报时的版本。已有问题不能删除，只能停用；问题编号保存后不可更改。",
             "Each change is saved as a new version of the form; a report keeps the version it was answered in. Questions cannot be deleted, only retired; a question's id cannot change once saved.")
    }
    func reportFormVersion(_ version: Int) -> String { pick("当前版本：第 \(version) 版", "Current version: \(version)") }
    var reportQuestions: String { pick("问题", "Questions") }
    var reportQuestionID: String { pick("问题编号", "Question id") }
    var reportQuestionIDHint: String { pick("小写字母开头，只用小写字母、数字和下划线，如 temperature", "Starts with a lower-case letter; letters, digits and _, e.g. temperature") }
    var reportLabelZh: String { pick("中文标题", "Chinese label") }
    var reportLabelEn: String { pick("英文标题", "English label") }
    var reportKind: String { pick("题型", "Kind") }
    var reportRequired: String { pick("必填", "Required") }
    var reportHealthData: String { pick("健康数据（须学生单独同意）", "Health data (needs the student's consent)") }
    var reportHealthShort: String { pick("健康数据", "Health data") }
    var reportAbnormalRule: String { pick("异常规则", "Abnormal rule") }
    var reportStatus: String { pick("状态", "Status") }
    var reportInUse: String { pick("在用", "In use") }
    var reportRetired: String { pick("已停用", "Retired") }
    var reportMoveUp: String { pick("上移", "Up") }
    var reportMoveDown: String { pick("下移", "Down") }
    var reportRetire: String { pick("停用", "Retire") }
    var reportRestore: String { pick("恢复", "Restore") }
    var reportEditQuestion: String { pick("修改", "Edit") }
    var reportSaveQuestion: String { pick("保存为新版本", "Save as a new version") }
    var reportAddQuestion: String { pick("添加问题", "Add a question") }
    var reportOptions: String { pick("选项（每行一个）", "Options (one a line)") }
    var reportOptionsHint: String {
        pick("格式：编号=中文标签|English，如 home=在家|At home；表示离校的选项在末尾加 |off_campus。",
             "Write id=中文标签|English, e.g. home=在家|At home; add |off_campus to an option that means off campus.")
    }
    var reportMinimum: String { pick("最小值", "Minimum") }
    var reportMaximum: String { pick("最大值", "Maximum") }
    var reportAbnormalNone: String { pick("无", "None") }
    var reportAbnormalOptions: String { pick("选中下列选项之一（选择题）", "Any of these options (choice)") }
    var reportAbnormalYes: String { pick("回答“是”（是非题）", "Answered yes (yes/no)") }
    var reportAbnormalNo: String { pick("回答“否”（是非题）", "Answered no (yes/no)") }
    var reportAbnormalAtLeast: String { pick("不低于下列数值（数值题）", "At least this value (number)") }
    var reportAbnormalOptionIDs: String { pick("异常选项编号（逗号分隔）", "Abnormal option ids (comma-separated)") }
    var reportAbnormalValue: String { pick("异常阈值", "Abnormal threshold") }
    func reportAbnormalText(_ rule: AbnormalRule?) -> String {
        switch rule {
        case nil: pick("—", "—")
        case .options(let ids): pick("选 ", "Chose ") + ids.joined(separator: ", ")
        case .answer(let yes): yes ? pick("答“是”", "Yes") : pick("答“否”", "No")
        case .atLeast(let value): pick("≥ ", "≥ ") + ReportQuestionForm.number(value)
        }
    }
    func reportKindLabel(_ kind: ReportQuestion.Kind) -> String {
        switch kind {
        case .choice: pick("选择题", "Choice")
        case .number: pick("数值题", "Number")
        case .text: pick("文字题", "Text")
        case .yesNo: pick("是非题", "Yes / no")
        }
    }
    var reportVersions: String { pick("版本记录", "Version history") }
    var reportVersionNumber: String { pick("版本", "Version") }
    var reportVersionBy: String { pick("修改人", "By") }
    var reportVersionAt: String { pick("时间", "When") }
    var reportStandardForm: String { pick("尚未修改，使用系统标准表单（第 1 版）。", "Not changed yet: the standard form (version 1) is used.") }

    // Field refusals of the editor's forms
    var reportKindRequired: String { pick("请选择题型", "Choose a kind") }
    func reportOptionLineInvalid(_ line: String) -> String {
        pick("选项格式应为：编号=中文标签|English（编号只用小写字母、数字、下划线）：\(line)",
             "Write each option as id=中文标签|English (id: lower-case letters, digits, _): \(line)")
    }
    var reportNumberInvalid: String { pick("请填写数字", "Enter a number") }
    var reportAbnormalOptionsInvalid: String { pick("请填写异常选项的编号", "Enter the ids of the abnormal options") }

    // Settings
    var reportSettingsTitle: String { pick("填报时间与提醒", "Report times and reminders") }
    var reportSettingsHint: String {
        pick("截止时间后提交的日报记为迟报；到提醒时间仍未填报的学生会收到站内提醒（每人每天一次，截止后不再提醒）。时间按本校时区，格式 时:分。",
             "Reports after the cut-off count as late; at the reminder time students who have not reported get an in-app notice (once a day, none after the cut-off). Times are HH:MM in the school's time zone.")
    }
    var reportCutoff: String { pick("截止时间", "Cut-off time") }
    var reportReminderTime: String { pick("提醒时间", "Reminder time") }
    var reportRemindersEnabled: String { pick("发送每日提醒", "Send the daily reminder") }
    var reportTimeInvalid: String { pick("时间格式应为 时:分，如 09:30", "Write the time as HH:MM, e.g. 09:30") }

    // Reminders
    var reportRemind: String { pick("提醒未报学生", "Remind those who have not reported") }
    func reportReminded(_ count: Int) -> String { pick("已提醒 \(count) 人", "Reminded \(count)") }
    var reportRemindTodayOnly: String { pick("只能提醒今日未报的学生", "Only today's missing students can be reminded") }
}
