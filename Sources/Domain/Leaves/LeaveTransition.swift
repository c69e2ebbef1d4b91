import Foundation

/// The ledger's flow as one pure function: pending → approved | refused | cancelled; approved → left | cancelled;
/// left → returned. The counsellor decides; the traveller withdraws; either records leaving and returning.
public enum LeaveTransition {
    public static func apply(_ action: LeaveAction, to leave: LeaveApplication, by party: LeaveParty, login: String,
                             at now: Date, today: LocalDate) throws -> LeaveApplication {
        var l = leave
        switch action {
        case .approve(let note):
            guard party.isDecider else { throw DomainError.forbidden }
            try require(l.status == .pending, "只能审批待审批的申请", "Only a pending application can be approved")
            try require(today <= l.lastDay, "申请的日期已过，不能再批准", "The application's days are past")
            let note = try text(note, field: "note", optional: true)
            l.status = .approved; l.decisionNote = note.isEmpty ? nil : note
            l.decidedBy = login; l.decidedAt = now
        case .refuse(let reason):
            guard party.isDecider else { throw DomainError.forbidden }
            try require(l.status == .pending, "只能审批待审批的申请", "Only a pending application can be refused")
            l.decisionNote = try text(reason, field: "note", optional: false)
            l.status = .refused; l.decidedBy = login; l.decidedAt = now
        case .cancel:
            // A student's application is theirs to withdraw; a staff movement, its recorder's too.
            guard party.isTraveller || (l.traveller == .staff && party.isDecider) else { throw DomainError.forbidden }
            try require(l.status == .pending || l.status == .approved, "已离校或已办结的申请不能撤销",
                        "Only a pending or approved application that has not started can be cancelled")
            l.status = .cancelled
        case .leave:
            guard party.isTraveller || party.isDecider else { throw DomainError.forbidden }
            try require(l.status == .approved, "只有已批准的申请可以登记离校", "Only an approved application can be marked as left")
            try require(l.firstDay <= today && today <= l.lastDay, "只能在请假日期内登记离校",
                        "Departure can be recorded only within the leave's days")
            l.status = .left; l.leftAt = now; l.leftDay = today
        case .return:
            guard party.isTraveller || party.isDecider else { throw DomainError.forbidden }
            try require(l.status == .left, "只有已离校的申请可以登记返校", "Only a departure can be followed by a return")
            l.status = .returned; l.returnedAt = now; l.returnedDay = today
        }
        return l
    }

    /// A new line's status: a student's application waits for the counsellor; a staff movement is recorded as
    /// approved, or as left when it starts today.
    public static func openingStatus(_ traveller: LeaveTraveller, firstDay: LocalDate, today: LocalDate) -> LeaveStatus {
        switch traveller {
        case .student: .pending
        case .staff: firstDay == today ? .left : .approved
        }
    }

    /// The actions the party may take now, by code: those the rule above would accept.
    public static func possibleActions(_ leave: LeaveApplication, by party: LeaveParty, today: LocalDate) -> [String] {
        let samples: [LeaveAction] = [.approve(note: ""), .refuse(reason: "-"), .cancel, .leave, .return]
        return samples.filter {
            (try? apply($0, to: leave, by: party, login: "", at: Date(timeIntervalSince1970: 0), today: today)) != nil
        }.map(\.code)
    }

    private static func require(_ condition: Bool, _ zh: String, _ en: String) throws {
        if !condition { throw DomainError.conflict(Message(zh: zh, en: en)) }
    }

    static func text(_ text: String, field: String, optional: Bool) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if (trimmed.isEmpty && !optional) || trimmed.count > LeaveAction.noteLimit {
            throw DomainError.invalid(field: field, message: optional
                ? Message(zh: "说明不超过\(LeaveAction.noteLimit)字", en: "At most \(LeaveAction.noteLimit) characters")
                : Message(zh: "请填写不批准的理由（不超过\(LeaveAction.noteLimit)字）",
                          en: "Give the reason for refusing (at most \(LeaveAction.noteLimit) characters)"))
        }
        return trimmed
    }
}
