/// Where a leave application stands. The raw values are stored and read by other features' SQL: keep them.
public enum LeaveStatus: String, Codable, CaseIterable, Sendable {
    /// Applied for; waits for the counsellor.
    case pending
    /// Approved; the person may leave within its days.
    case approved
    /// Refused by the counsellor, with a reason.
    case refused
    /// Withdrawn by the applicant while pending, or approved and not yet left.
    case cancelled
    /// Departure recorded.
    case left
    /// Return recorded: the ledger line is closed.
    case returned

    /// The statuses in which a person counts as away on the application's days (until the return day).
    public static let away: [LeaveStatus] = [.approved, .left, .returned]

    /// Still open: a second application for overlapping days would duplicate it.
    public var isOpen: Bool { self == .pending || self == .approved || self == .left }
}

/// Who travels: a student applies; a staff member's movement is recorded by an administrator.
public enum LeaveTraveller: String, Codable, CaseIterable, Sendable {
    case student, staff
}
