/// One cell of the board: an organisation, a requirement, a period, its status and why.
public struct ComplianceCell: Equatable, Sendable {
    public var organizationID: Organization.ID
    public var requirement: MeetingRequirement
    public var period: Period
    public var status: ComplianceStatus
    /// The meetings held in the period that count, complete ones first.
    public var meetingIDs: [Meeting.ID]
    public var completeCount: Int
    public var heldCount: Int
    public var explanation: Message
}
