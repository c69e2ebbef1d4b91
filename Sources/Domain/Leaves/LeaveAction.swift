/// What someone does to a leave application after it is made.
public enum LeaveAction: Equatable, Sendable {
    /// The counsellor approves, with an optional note.
    case approve(note: String)
    /// The counsellor refuses, and must say why.
    case refuse(reason: String)
    /// The applicant withdraws it before leaving.
    case cancel
    /// Departure recorded (by the counsellor or the traveller).
    case leave
    /// Return recorded (by the counsellor or the traveller).
    case `return`

    public static let noteLimit = 500

    /// The action's code, as forms and the API name it.
    public var code: String {
        switch self {
        case .approve: "approve"
        case .refuse: "refuse"
        case .cancel: "cancel"
        case .leave: "leave"
        case .return: "return"
        }
    }

    public static let codes = ["approve", "refuse", "cancel", "leave", "return"]
}

/// How an actor stands to one application: its traveller, and/or the one who decides it (the counsellor in
/// scope with `decideLeave`; for a staff movement, the administrator in scope with `recordStaffMovements`).
public struct LeaveParty: Equatable, Sendable {
    public var isTraveller: Bool
    public var isDecider: Bool
    public init(isTraveller: Bool, isDecider: Bool) { self.isTraveller = isTraveller; self.isDecider = isDecider }
}
