import Foundation
import Tagged

/// 积分台账: one line of a member's points. The ledger is append-only: an entry's person, rule, quantity and points
/// are never edited and no entry is deleted. A pending entry's decision is filled in once (by whom, when, why);
/// a correction is a new entry that names the corrected one and gives a reason.
public struct PointEntry: Identifiable, Equatable, Sendable {
    public typealias ID = Tagged<PointEntry, UUID>
    public var id: ID
    public var schoolID: School.ID
    public var personID: Person.ID
    public var ruleID: PointRule.ID?
    public var event: PointEvent
    /// In the rule unit's base: occurrences, hours or minutes.
    public var quantity: Int
    /// The points the entry adds (after caps); negative only for corrections.
    public var points: Int
    /// What the rule gave before caps (for a pending entry: what approval may grant at most).
    public var requestedPoints: Int
    /// The business day the points belong to (the meeting's date, the day of the service), in the school's zone.
    public var day: LocalDate
    public var status: PointStatus
    /// The thing that earned it, e.g. `meeting:<uuid>`; nil for manual entries.
    public var source: String?
    public var evidence: String
    public var proposedBy: String
    public var decidedBy: String?
    public var decidedAt: Date?
    /// Why it was refused, capped or reduced; for a correction, why it corrects.
    public var note: String?
    public var corrects: ID?
    public var createdAt: Date

    public init(id: ID, schoolID: School.ID, personID: Person.ID, ruleID: PointRule.ID?, event: PointEvent,
                quantity: Int, points: Int, requestedPoints: Int, day: LocalDate, status: PointStatus, source: String?,
                evidence: String = "", proposedBy: String, note: String? = nil, corrects: ID? = nil, createdAt: Date) {
        self.id = id; self.schoolID = schoolID; self.personID = personID; self.ruleID = ruleID; self.event = event
        self.quantity = quantity; self.points = points; self.requestedPoints = requestedPoints; self.day = day
        self.status = status; self.source = source; self.evidence = evidence; self.proposedBy = proposedBy
        self.note = note; self.corrects = corrects; self.createdAt = createdAt
    }

    public var isCorrection: Bool { corrects != nil }
    public var isAutomatic: Bool { source != nil }
}
