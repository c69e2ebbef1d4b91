import Domain
import FluentKit
import Foundation

final class TicketRecord: Model, @unchecked Sendable {
    static let schema = "tickets"
    @ID(key: .id) var id: UUID?
    @Field(key: "school_id") var schoolID: UUID
    @Field(key: "number") var number: Int
    @Field(key: "category_id") var categoryID: UUID
    @Field(key: "department_id") var departmentID: UUID
    @OptionalField(key: "assignee_person_id") var assigneeID: UUID?
    @Field(key: "requester_person_id") var requesterID: UUID
    @Field(key: "is_anonymous") var isAnonymous: Bool
    @Field(key: "is_publishable") var isPublishable: Bool
    @Field(key: "channel") var channel: String
    @OptionalField(key: "visit_place") var visitPlace: String?
    @OptionalField(key: "briefing_id") var briefingID: UUID?
    @Field(key: "title") var title: String
    @Field(key: "body") var body: String
    @Field(key: "status") var status: String
    @Field(key: "submitted_at") var submittedAt: Date
    @Field(key: "submitted_on") var submittedOn: String
    @Field(key: "time_limit_days") var timeLimitDays: Int
    @Field(key: "due_on") var dueOn: String
    @Field(key: "due_at") var dueAt: Date
    @Field(key: "warn_at") var warnAt: Date
    @Field(key: "supervise_at") var superviseAt: Date
    @OptionalField(key: "paused_at") var pausedAt: Date?
    @Field(key: "paused_days") var pausedDays: Int
    @Field(key: "escalation") var escalation: Int
    @OptionalField(key: "answer") var answer: String?
    @OptionalField(key: "answered_at") var answeredAt: Date?
    @OptionalField(key: "answered_by") var answeredBy: UUID?
    @OptionalField(key: "answer_seconds") var answerSeconds: Int?
    @Field(key: "answered_on_spot") var answeredOnSpot: Bool
    @OptionalField(key: "confirmed_at") var confirmedAt: Date?
    @Field(key: "auto_confirmed") var autoConfirmed: Bool
    @OptionalField(key: "rating") var rating: Int?
    @OptionalField(key: "rating_comment") var ratingComment: String?
    @Field(key: "reopen_count") var reopenCount: Int
    @OptionalField(key: "merged_into") var mergedInto: UUID?
    @Field(key: "submission_key") var submissionKey: String
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    func apply(_ t: Ticket, timeZone: TimeZone) {
        id = t.id.rawValue; schoolID = t.schoolID.rawValue; number = t.number; categoryID = t.categoryID.rawValue
        departmentID = t.departmentID.rawValue; assigneeID = t.assigneeID?.rawValue; requesterID = t.requesterID.rawValue
        isAnonymous = t.isAnonymous; isPublishable = t.isPublishable; channel = t.channel.rawValue
        visitPlace = t.visitPlace?.rawValue; briefingID = t.briefingID?.rawValue; title = t.title; body = t.body
        status = t.status.rawValue; submittedAt = t.submittedAt; submittedOn = LocalDate(t.submittedAt, in: timeZone).iso
        timeLimitDays = t.timeLimitDays; dueOn = t.clock.dueOn.iso; dueAt = t.clock.dueAt; warnAt = t.clock.warnAt
        superviseAt = t.clock.superviseAt; pausedAt = t.pausedAt; pausedDays = t.pausedDays; escalation = t.escalation.rawValue
        answer = t.answer; answeredAt = t.answeredAt; answeredBy = t.answeredBy?.rawValue
        answerSeconds = t.answeredAt.map { Int($0.timeIntervalSince(t.submittedAt).rounded()) }; answeredOnSpot = t.answeredOnSpot
        confirmedAt = t.confirmedAt; autoConfirmed = t.autoConfirmed; rating = t.rating; ratingComment = t.ratingComment
        reopenCount = t.reopenCount; mergedInto = t.mergedInto?.rawValue
    }

    var domain: Ticket {
        var t = Ticket(id: .init(id!), schoolID: .init(schoolID), number: number, categoryID: .init(categoryID),
                       departmentID: .init(departmentID), requesterID: .init(requesterID), isAnonymous: isAnonymous,
                       isPublishable: isPublishable, channel: TicketChannel(rawValue: channel) ?? .web,
                       visitPlace: visitPlace.flatMap(VisitPlace.init(rawValue:)), briefingID: briefingID.map { .init($0) },
                       title: title, body: body, submittedAt: submittedAt, timeLimitDays: timeLimitDays,
                       clock: TicketClock(dueOn: LocalDate(iso: dueOn) ?? LocalDate(dueAt.addingTimeInterval(-1), in: .current), dueAt: dueAt, warnAt: warnAt, superviseAt: superviseAt))
        t.assigneeID = assigneeID.map { .init($0) }; t.status = TicketStatus(rawValue: status) ?? .submitted
        t.pausedAt = pausedAt; t.pausedDays = pausedDays; t.escalation = Escalation(rawValue: escalation) ?? .none
        t.answer = answer; t.answeredAt = answeredAt; t.answeredBy = answeredBy.map { .init($0) }
        t.answeredOnSpot = answeredOnSpot; t.confirmedAt = confirmedAt; t.autoConfirmed = autoConfirmed
        t.rating = rating; t.ratingComment = ratingComment; t.reopenCount = reopenCount; t.mergedInto = mergedInto.map { .init($0) }
        return t
    }
}
