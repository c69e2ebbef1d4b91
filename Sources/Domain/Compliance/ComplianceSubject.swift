/// An organisation the board judges (a branch, or a party group for group meetings), with its lifespan.
public struct ComplianceSubject: Equatable, Sendable {
    public var id: Organization.ID
    public var kind: Organization.Kind
    public var name: String
    public var path: TreePath
    public var foundedOn: LocalDate?
    public var dissolvedOn: LocalDate?

    public init(id: Organization.ID, kind: Organization.Kind, name: String, path: TreePath,
                foundedOn: LocalDate? = nil, dissolvedOn: LocalDate? = nil) {
        self.id = id; self.kind = kind; self.name = name; self.path = path
        self.foundedOn = foundedOn; self.dissolvedOn = dissolvedOn
    }
}

/// What the board needs of one held meeting, for one organisation that took part (a joint meeting gives one
/// fact per organisation, so that it counts for each).
public struct MeetingFact: Equatable, Sendable {
    public var meetingID: Meeting.ID
    public var organizationID: Organization.ID
    public var kind: MeetingKind
    public var date: LocalDate
    public var missingElements: [RequiredElement]

    public init(meetingID: Meeting.ID, organizationID: Organization.ID, kind: MeetingKind, date: LocalDate,
                missingElements: [RequiredElement] = []) {
        self.meetingID = meetingID; self.organizationID = organizationID; self.kind = kind; self.date = date
        self.missingElements = missingElements
    }

    public var isComplete: Bool { missingElements.isEmpty }
}
