import Domain
import FluentKit
import Foundation

/// A row of `leave_applications`. Days are ISO text, so that range checks compare strings on both databases.
final class LeaveRecord: Model, @unchecked Sendable {
    static let schema = "leave_applications"
    @ID(key: .id) var id: UUID?
    @Field(key: "school_id") var schoolID: UUID
    @Field(key: "person_id") var personID: UUID
    @Field(key: "traveller") var traveller: String
    @OptionalField(key: "class_id") var classID: UUID?
    @OptionalField(key: "grid_path") var gridPath: String?
    @Field(key: "first_day") var firstDay: String
    @Field(key: "last_day") var lastDay: String
    @Field(key: "destination") var destination: String
    @Field(key: "reason") var reason: String
    @Field(key: "status") var status: String
    @OptionalField(key: "decided_by") var decidedBy: String?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalField(key: "decision_note") var decisionNote: String?
    @OptionalField(key: "left_at") var leftAt: Date?
    @OptionalField(key: "left_day") var leftDay: String?
    @OptionalField(key: "returned_at") var returnedAt: Date?
    @OptionalField(key: "returned_day") var returnedDay: String?
    @OptionalField(key: "submission_key") var submissionKey: String?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    func apply(_ l: LeaveApplication) {
        id = l.id.rawValue; schoolID = l.schoolID.rawValue; personID = l.personID.rawValue; traveller = l.traveller.rawValue
        classID = l.classID?.rawValue; gridPath = l.gridPath?.rawValue; firstDay = l.firstDay.iso; lastDay = l.lastDay.iso
        destination = l.destination; reason = l.reason; status = l.status.rawValue; decidedBy = l.decidedBy
        decidedAt = l.decidedAt; decisionNote = l.decisionNote; leftAt = l.leftAt; leftDay = l.leftDay?.iso
        returnedAt = l.returnedAt; returnedDay = l.returnedDay?.iso; createdAt = l.createdAt
    }

    var domain: LeaveApplication {
        let first = LocalDate(iso: firstDay) ?? LocalDate(createdAt, in: .current)
        let draft = LeaveDraft(firstDay: first, lastDay: LocalDate(iso: lastDay) ?? first, destination: destination, reason: reason)
        var l = LeaveApplication(id: .init(id!), schoolID: .init(schoolID), personID: .init(personID),
                                 traveller: LeaveTraveller(rawValue: traveller) ?? .student, classID: classID.map { .init($0) },
                                 gridPath: gridPath.map(TreePath.init(rawValue:)), draft: draft,
                                 status: LeaveStatus(rawValue: status) ?? .pending, createdAt: createdAt)
        l.decidedBy = decidedBy; l.decidedAt = decidedAt; l.decisionNote = decisionNote
        l.leftAt = leftAt; l.leftDay = leftDay.flatMap(LocalDate.init(iso:))
        l.returnedAt = returnedAt; l.returnedDay = returnedDay.flatMap(LocalDate.init(iso:))
        return l
    }
}
