import Domain
import FluentKit
import Foundation

final class WatchRecord: Model, @unchecked Sendable {
    static let schema = "watches"
    @ID(key: .id) var id: UUID?
    @Field(key: "school_id") var schoolID: UUID
    @Field(key: "person_id") var personID: UUID
    @OptionalField(key: "grid_path") var gridPath: String?
    @Field(key: "opened_day") var openedDay: String
    @OptionalField(key: "report_id") var reportID: UUID?
    @Field(key: "reason") var reason: String
    @Field(key: "status") var status: String
    @OptionalField(key: "closed_at") var closedAt: Date?
    @OptionalField(key: "closed_by") var closedBy: String?
    @OptionalField(key: "closed_reason") var closedReason: String?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(_ w: Watch) {
        id = w.id.rawValue; schoolID = w.schoolID.rawValue; personID = w.personID.rawValue; gridPath = w.gridPath?.rawValue
        openedDay = w.openedOn.iso; reportID = w.reportID; reason = w.reason; status = w.status.rawValue
        closedAt = w.closedAt; closedBy = w.closedBy; closedReason = w.closing?.stored; createdAt = w.createdAt
    }

    /// The closing day is reckoned in the school's zone, which the caller knows.
    func domain(timeZone: TimeZone) -> Watch {
        let opened = LocalDate(iso: openedDay) ?? LocalDate(createdAt, in: timeZone)
        return Watch(id: .init(id!), schoolID: .init(schoolID), personID: .init(personID),
                     gridPath: gridPath.map(TreePath.init(rawValue:)), openedOn: opened, reportID: reportID, reason: reason,
                     status: WatchStatus(rawValue: status) ?? .open, closedAt: closedAt,
                     closedOn: closedAt.map { LocalDate($0, in: timeZone) }, closedBy: closedBy,
                     closing: closedReason.flatMap(WatchClosing.init(stored:)), createdAt: createdAt)
    }
}

final class FollowUpRecord: Model, @unchecked Sendable {
    static let schema = "watch_follow_ups"
    @ID(key: .id) var id: UUID?
    @Field(key: "watch_id") var watchID: UUID
    @Field(key: "method") var method: String
    @Field(key: "result") var result: String
    @OptionalField(key: "note") var note: String?
    @Field(key: "happened_at") var happenedAt: Date
    @Field(key: "recorded_by") var recordedBy: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(_ f: FollowUp) {
        id = f.id.rawValue; watchID = f.watchID.rawValue; method = f.method.rawValue; result = f.result.rawValue
        note = f.note.isEmpty ? nil : f.note; happenedAt = f.happenedAt; recordedBy = f.recordedBy; createdAt = f.createdAt
    }

    var domain: FollowUp {
        FollowUp(id: .init(id!), watchID: .init(watchID), method: FollowUpMethod(rawValue: method) ?? .other,
                 result: FollowUpResult(rawValue: result) ?? .stable, note: note ?? "", happenedAt: happenedAt,
                 recordedBy: recordedBy, createdAt: createdAt)
    }
}
