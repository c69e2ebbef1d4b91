import Domain

extension Strings {
    var meetingsTitle: String { pick("组织生活", "Meetings") }
    var newMeeting: String { pick("新建会议", "New meeting") }
    var editMeeting: String { pick("编辑会议", "Edit meeting") }
    var meetingKind: String { pick("会议类型", "Kind") }
    var meetingStatus: String { pick("状态", "Status") }
    var hostOrganization: String { pick("召开组织", "Convened by") }
    var jointOrganizations: String { pick("联合召开的其他组织（可多选）", "Other organisations of a joint meeting") }
    var startsAt: String { pick("开始时间", "Starts") }
    var endsAt: String { pick("结束时间", "Ends") }
    var meetingDate: String { pick("日期", "Date") }
    var place: String { pick("地点 / 线上会议链接", "Place or online link") }
    var isOnline: String { pick("线上召开", "Held online") }
    var topic: String { pick("主题", "Topic") }
    var lecturer: String { pick("授课人（党课）", "Lecturer (lecture)") }
    var agenda: String { pick("议程", "Agenda") }
    var minutes: String { pick("会议记录", "Minutes") }
    var requiredElements: String { pick("规定环节", "Required elements") }
    var noRequiredElements: String { pick("本类会议无规定环节", "No required elements for this kind") }
    var missingElements: String { pick("缺少规定环节", "Missing required elements") }
    var complete: String { pick("完整", "Complete") }
    var incomplete: String { pick("不完整", "Incomplete") }
    var attendance: String { pick("出席情况", "Attendance") }
    var register: String { pick("应到名单", "Register") }
    var saveAttendance: String { pick("保存出席情况", "Save attendance") }
    var notRecorded: String { pick("未记录", "Not recorded") }
    var reason: String { pick("请假原因", "Reason") }
    var signedInAt: String { pick("签到时间", "Signed in") }
    var quorum: String { pick("法定人数", "Quorum") }
    func quorumLine(_ q: Quorum) -> String {
        pick("应到（有表决权）\(q.entitled)人，实到\(q.present)人，须超过半数即\(q.needed)人：\(q.isReached ? "已达到" : "未达到")",
             "Entitled \(q.entitled), present \(q.present), more than half is \(q.needed): \(q.isReached ? "reached" : "not reached")")
    }
    func attendanceCounts(present: Int, excused: Int, absent: Int, expected: Int) -> String {
        pick("应到\(expected)人，出席\(present)人，请假\(excused)人，缺席\(absent)人",
             "Expected \(expected): \(present) present, \(excused) excused, \(absent) absent")
    }
    var attachments: String { pick("附件（照片、PDF）", "Attachments (photos, PDF)") }
    var upload: String { pick("上传", "Upload") }
    var attachmentHint: String { pick("JPEG、PNG 或 PDF，每个不超过 10 MB", "JPEG, PNG or PDF, at most 10 MB each") }
    var signInScreen: String { pick("签到屏幕", "Sign-in screen") }
    var openSignIn: String { pick("开启签到", "Open sign-in") }
    var signInCode: String { pick("签到码", "Sign-in code") }
    var signInScanHint: String { pick("请用手机扫描二维码签到，或在“会议签到”页输入签到码", "Scan the QR code with your phone, or enter the code on the sign-in page") }
    func signInValidUntil(_ time: String) -> String { pick("签到码有效至 \(time)", "The code is valid until \(time)") }
    var signInTitle: String { pick("会议签到", "Sign in to a meeting") }
    var signInButton: String { pick("签到", "Sign in") }
    var confirmSignIn: String { pick("确认签到", "Confirm sign-in") }
    var enterCode: String { pick("输入会场公布的6位签到码", "Enter the 6-digit code shown at the meeting") }
    var printRecord: String { pick("打印会议记录", "Printable record") }
    var myMeetings: String { pick("我的组织生活", "My meetings") }
    func attendanceRate(_ present: Int, _ total: Int) -> String {
        total == 0 ? pick("暂无出席记录", "No attendance on record yet")
            : pick("出席率 \(present * 100 / total)%（\(present)/\(total)）", "Attendance \(present * 100 / total)% (\(present)/\(total))")
    }
    var myStatus: String { pick("我的出席", "My attendance") }
    var dateFrom: String { pick("起始日期", "From") }
    var dateTo: String { pick("截止日期", "To") }
    var noMeetings: String { pick("没有符合条件的会议", "No meetings match") }
    var exportMeetings: String { pick("导出全年会议", "Export the year's meetings") }
    var exportAttendanceMatrix: String { pick("导出全年出席矩阵", "Export the year's attendance matrix") }
    var year: String { pick("年度", "Year") }
    var plannedOrHeld: String { pick("计划 / 已召开", "Planned / held") }
    var organizationsTakingPart: String { pick("参加组织", "Organisations taking part") }
    var details: String { pick("详情", "Details") }
    var createdBy: String { pick("记录人", "Recorded by") }
}
