import Domain
import FluentKit
import Foundation

/// A row of `point_entries`. Inserted once; only a pending row's decision columns are ever filled in later.
final class PointEntryRecord: Model, @unchecked Sendable {
    static let schema = "point_entries"
    @ID(key: .id) var id: UUID?
    @Field(key: "school_id") var schoolID: UUID
    @Field(key: "person_id") var personID: UUID
    @OptionalField(key: "rule_id") var ruleID: UUID?
    @Field(key: "event") var event: String
    @Field(key: "quantity") var quantity: Int
    @Field(key: "points") var points: Int
    @Field(key: "requested_points") var requestedPoints: Int
    @Field(key: "day") var day: String
    @Field(key: "year") var year: Int
    @Field(key: "month") var month: Int
    @Field(key: "status") var status: String
    @OptionalField(key: "source") var source: String?
    @Field(key: "evidence") var evidence: String
    @Field(key: "proposed_by") var proposedBy: String
    @OptionalField(key: "decided_by") var decidedBy: String?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalField(key: "note") var note: String?
    @OptionalField(key: "corrects_id") var correctsID: UUID?
    @OptionalField(key: "submission_key") var submissionKey: String?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    convenience init(_ e: PointEntry, key: String?) {
        self.init()
        id = e.id.rawValue; schoolID = e.schoolID.rawValue; personID = e.personID.rawValue; ruleID = e.ruleID?.rawValue
        event = e.event.rawValue; quantity = e.quantity; points = e.points; requestedPoints = e.requestedPoints
        day = e.day.iso; year = e.day.year; month = e.day.month; source = e.source; evidence = e.evidence
        proposedBy = e.proposedBy; correctsID = e.corrects?.rawValue; submissionKey = key; createdAt = e.createdAt
        decide(e)
    }

    /// The decision columns: the only ones written after the insert.
    func decide(_ e: PointEntry) {
        status = e.status.rawValue; points = e.points; decidedBy = e.decidedBy; decidedAt = e.decidedAt; note = e.note
    }

    var domain: PointEntry {
        var e = PointEntry(id: .init(id!), schoolID: .init(schoolID), personID: .init(personID), ruleID: ruleID.map { .init($0) },
                           event: PointEvent(rawValue: event) ?? .honour, quantity: quantity, points: points,
                           requestedPoints: requestedPoints, day: LocalDate(iso: day) ?? LocalDate(year: year, month: month, day: 1)!,
                           status: PointStatus(rawValue: status) ?? .pending, source: source, evidence: evidence,
                           proposedBy: proposedBy, note: note, corrects: correctsID.map { .init($0) }, createdAt: createdAt)
        e.decidedBy = decidedBy; e.decidedAt = decidedAt
        return e
    }
}
