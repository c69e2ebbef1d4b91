import Domain

/// The audit trail (审计日志): read-only, for the audit admin.
extension Strings {
    var auditTime: String { pick("时间", "Time") }
    var auditActor: String { pick("操作人账号", "Actor") }
    var auditAction: String { pick("操作", "Action") }
    var auditTarget: String { pick("对象", "Target") }
    var auditResult: String { pick("结果", "Result") }
    var auditAddress: String { pick("地址", "Address") }
    var auditDetail: String { pick("详情", "Detail") }
    var auditFrom: String { pick("起始日期", "From") }
    var auditUntil: String { pick("截止日期（含）", "Until (inclusive)") }
    var noAuditEvents: String { pick("没有符合条件的记录。", "No event matches.") }
    var auditReadOnly: String {
        pick("审计日志只能查看，不能修改或删除；时间为学校所在时区。", "The audit trail is read-only; times are in the school's time zone.")
    }

    func label(_ result: AuditEvent.Result) -> String {
        switch result {
        case .success: pick("成功", "Success")
        case .failure: pick("失败", "Failure")
        }
    }

    func label(_ action: AuditAction) -> String {
        switch action {
        case .loginSucceeded: pick("登录成功", "Logged in")
        case .loginFailed: pick("登录失败", "Login failed")
        case .accountLocked: pick("账号锁定", "Account locked")
        case .logout: pick("退出登录", "Logged out")
        case .passwordChanged: pick("修改密码", "Password changed")
        case .personCreated: pick("新增人员", "Person created")
        case .personUpdated: pick("修改人员信息", "Person updated")
        case .memberTransferred: pick("转接组织关系", "Member transferred")
        case .personalDataUnmasked: pick("查看完整个人信息", "Personal data unmasked")
        case .listExported: pick("导出名单", "List exported")
        case .rosterImported: pick("导入花名册", "Roster imported")
        case .accountCreated: pick("新建账号", "Account created")
        case .roleAssigned: pick("授予角色", "Role assigned")
        case .roleRevoked: pick("撤销角色", "Role revoked")
        case .accountUnlocked: pick("解锁账号", "Account unlocked")
        case .organizationCreated: pick("新建党组织", "Organisation created")
        case .meetingCreated: pick("新建会议", "Meeting created")
        case .meetingUpdated: pick("修改会议", "Meeting updated")
        case .attendanceRecorded: pick("记录出席情况", "Attendance recorded")
        case .signedIn: pick("会议签到", "Signed in to a meeting")
        case .signInRefused: pick("签到被拒绝", "Sign-in refused")
        case .attachmentAdded: pick("上传会议附件", "Attachment added")
        case .attachmentRemoved: pick("删除会议附件", "Attachment removed")
        case .meetingRulesChanged: pick("修改组织生活规则", "Meeting rules changed")
        case .remindersSent: pick("发送提醒", "Reminders sent")
        case .robotRegistered: pick("登记群机器人", "Robot registered")
        case .robotRemoved: pick("删除群机器人", "Robot removed")
        case .noticeRead: pick("阅读通知", "Notice read")
        case .departmentSaved: pick("保存职能部门", "Department saved")
        case .ticketCategorySaved: pick("保存诉求类别", "Ticket category saved")
        case .calendarChanged: pick("修改工作日历", "Calendar changed")
        case .ticketSettingsChanged: pick("修改诉求办理设置", "Ticket settings changed")
        case .ticketSubmitted: pick("提交诉求", "Ticket submitted")
        case .ticketUpdated: pick("办理诉求", "Ticket updated")
        case .ticketsEscalated: pick("诉求预警与督办", "Tickets escalated")
        case .ticketsAutoConfirmed: pick("诉求自动确认", "Tickets auto-confirmed")
        case .briefingRecorded: pick("记录工作通报会", "Briefing recorded")
        case .reportFormChanged: pick("修改日报表单", "Report form changed")
        case .reportSettingsChanged: pick("修改日报设置", "Report settings changed")
        case .healthConsentGranted: pick("同意处理健康信息", "Health consent given")
        case .healthConsentRevoked: pick("撤回健康信息授权", "Health consent withdrawn")
        case .reportRemindersSent: pick("发送日报提醒", "Report reminders sent")
        case .reportCountsRebuilt: pick("重算日报统计", "Report counts rebuilt")
        case .organizationUpdated: pick("修改党组织", "Organisation updated")
        case .leaveApplied: pick("申请离校", "Leave applied for")
        case .leaveUpdated: pick("办理离返校", "Leave updated")
        case .staffMovementRecorded: pick("登记教职工外出", "Staff movement recorded")
        case .watchOpened: pick("加入重点关注", "Put on watch")
        case .followUpRecorded: pick("登记随访", "Follow-up recorded")
        case .watchClosed: pick("结束重点关注", "Watch closed")
        case .pledgeSaved: pick("保存承诺", "Pledge saved")
        case .pledgeUpdated: pick("公开承诺或报告践诺", "Pledge published or reported on")
        case .pledgeCommented: pick("评论承诺", "Pledge commented on")
        case .pledgeCommentHidden: pick("隐藏承诺评论", "Pledge comment hidden")
        case .pledgeRated: pick("评价践诺", "Pledge rated")
        case .pledgeAppraised: pick("评定践诺", "Pledge appraised")
        case .pointsAwarded: pick("自动计入积分", "Points awarded")
        case .pointsProposed: pick("申报积分", "Points proposed")
        case .pointsDecided: pick("审核积分", "Points approved or refused")
        case .pointsCorrected: pick("更正积分", "Points corrected")
        case .pointRuleSaved: pick("修改积分规则", "Point rule saved")
        case .pointsArchived: pick("归档年度积分", "Year of points archived")
        case .nominationCreated: pick("生成推优名单", "Nomination shortlist made")
        case .nominationDecided: pick("确定推优人选", "Nomination decided")
        case .duesProfileSet: pick("核定党费基数", "Dues base set")
        case .duesReductionApplied: pick("申请少交/免交党费", "Dues reduction applied for")
        case .duesReductionUpdated: pick("讨论或审批少交/免交党费", "Dues reduction discussed or decided")
        case .duesPaymentsRecorded: pick("登记党费交纳", "Dues payments recorded")
        case .duesLedgerEntryAdded: pick("登记党费收支", "Dues ledger entry added")
        }
    }

    var auditFileName: String { pick("审计日志", "audit-trail") }

    /// Role events store the role's code; the audit admin reads its name, on the page and in the file alike.
    func detail(of event: AuditEvent) -> String {
        guard event.action == .roleAssigned || event.action == .roleRevoked, let role = Role(rawValue: event.detail) else {
            return event.detail
        }
        return label(role)
    }
}
