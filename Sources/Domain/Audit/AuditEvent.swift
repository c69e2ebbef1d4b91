import Foundation

/// One line of the audit trail (审计日志): who did what to which record, from where, with what result.
public struct AuditEvent: Equatable, Sendable {
    public var sequence: Int64
    public var schoolID: School.ID?
    public var at: Date
    public var actorLogin: String
    public var action: AuditAction
    public var target: String
    public var result: Result
    public var address: String
    public var detail: String

    public init(sequence: Int64 = 0, schoolID: School.ID?, at: Date, actorLogin: String, action: AuditAction,
                target: String, result: Result = .success, address: String, detail: String = "") {
        self.sequence = sequence; self.schoolID = schoolID; self.at = at; self.actorLogin = actorLogin
        self.action = action; self.target = target; self.result = result; self.address = address; self.detail = detail
    }

    public enum Result: String, Codable, CaseIterable, Sendable { case success, failure }

    /// The text the chain's HMAC covers: every field, in a fixed order, unambiguously separated.
    public func canonical(previousHash: String) -> String {
        let time = Int64((at.timeIntervalSince1970 * 1000).rounded())
        return [String(sequence), schoolID?.rawValue.uuidString ?? "-", String(time), actorLogin, action.rawValue,
                target, result.rawValue, address, detail, previousHash]
            .map { $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|") }
            .joined(separator: "|")
    }
}

public enum AuditAction: String, Codable, CaseIterable, Sendable {
    case loginSucceeded = "login_succeeded", loginFailed = "login_failed", accountLocked = "account_locked"
    case logout, passwordChanged = "password_changed"
    case personCreated = "person_created", personUpdated = "person_updated", memberTransferred = "member_transferred"
    case personalDataUnmasked = "personal_data_unmasked", listExported = "list_exported"
    case rosterImported = "roster_imported"
    case accountCreated = "account_created", roleAssigned = "role_assigned", roleRevoked = "role_revoked"
    case accountUnlocked = "account_unlocked"
    case organizationCreated = "organization_created"
    case meetingCreated = "meeting_created", meetingUpdated = "meeting_updated"
    case attendanceRecorded = "attendance_recorded", signedIn = "signed_in", signInRefused = "sign_in_refused"
    case attachmentAdded = "attachment_added", attachmentRemoved = "attachment_removed"
    case meetingRulesChanged = "meeting_rules_changed", remindersSent = "reminders_sent"
    case robotRegistered = "robot_registered", robotRemoved = "robot_removed"
    case noticeRead = "notice_read", organizationUpdated = "organization_updated"
    case departmentSaved = "department_saved", ticketCategorySaved = "ticket_category_saved"
    case calendarChanged = "calendar_changed", ticketSettingsChanged = "ticket_settings_changed"
    case ticketSubmitted = "ticket_submitted", ticketUpdated = "ticket_updated", ticketsEscalated = "tickets_escalated"
    case ticketsAutoConfirmed = "tickets_auto_confirmed", briefingRecorded = "briefing_recorded"
    case reportFormChanged = "report_form_changed", reportSettingsChanged = "report_settings_changed"
    case healthConsentGranted = "health_consent_granted", healthConsentRevoked = "health_consent_revoked"
    case reportRemindersSent = "report_reminders_sent", reportCountsRebuilt = "report_counts_rebuilt"
    case leaveApplied = "leave_applied", leaveUpdated = "leave_updated", staffMovementRecorded = "staff_movement_recorded"
    case watchOpened = "watch_opened", followUpRecorded = "follow_up_recorded", watchClosed = "watch_closed"
    case pledgeSaved = "pledge_saved", pledgeUpdated = "pledge_updated", pledgeCommented = "pledge_commented"
    case pledgeCommentHidden = "pledge_comment_hidden", pledgeRated = "pledge_rated", pledgeAppraised = "pledge_appraised"
    case pointsAwarded = "points_awarded", pointsProposed = "points_proposed", pointsDecided = "points_decided"
    case pointsCorrected = "points_corrected", pointRuleSaved = "point_rule_saved", pointsArchived = "points_archived"
    case nominationCreated = "nomination_created", nominationDecided = "nomination_decided"
    case duesProfileSet = "dues_profile_set", duesReductionApplied = "dues_reduction_applied"
    case duesReductionUpdated = "dues_reduction_updated", duesPaymentsRecorded = "dues_payments_recorded"
    case duesLedgerEntryAdded = "dues_ledger_entry_added"
}
