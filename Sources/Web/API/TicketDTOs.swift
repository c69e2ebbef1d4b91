import Domain
import Foundation
import Persistence
import Vapor

/// A ticket as the API shows it. The requester appears only by name, and only where the caller may know it
/// (their own tickets, and tickets not raised anonymously); never by id.
struct TicketDTO: Content {
    var id: UUID
    var number: Int
    var categoryId: UUID
    var departmentId: UUID
    var status: TicketStatus
    var channel: TicketChannel
    var visitPlace: VisitPlace?
    var briefingId: UUID?
    var title: String
    var body: String
    var anonymous: Bool
    var publishable: Bool
    var mine: Bool
    var requesterName: String?
    var assigneeId: UUID?
    var submittedAt: Date
    var timeLimitDays: Int
    var dueOn: String
    var dueAt: Date
    var overdue: Bool
    var escalation: String
    var pausedDays: Int
    var answer: String?
    var answeredAt: Date?
    var answeredOnSpot: Bool
    var answeredOnTime: Bool?
    var confirmedAt: Date?
    var autoConfirmed: Bool
    var rating: Int?
    var ratingComment: String?
    var reopenCount: Int
    var mergedInto: UUID?

    init(_ t: Ticket, actor: Actor, requesterName: String?, now: Date) {
        id = t.id.rawValue; number = t.number; categoryId = t.categoryID.rawValue; departmentId = t.departmentID.rawValue
        status = t.status; channel = t.channel; visitPlace = t.visitPlace; briefingId = t.briefingID?.rawValue
        title = t.title; body = t.body; anonymous = t.isAnonymous; publishable = t.isPublishable
        mine = t.requesterID == actor.personID; self.requesterName = requesterName; assigneeId = t.assigneeID?.rawValue
        submittedAt = t.submittedAt; timeLimitDays = t.timeLimitDays; dueOn = t.clock.dueOn.iso; dueAt = t.clock.dueAt
        overdue = t.isOverdue(at: now); escalation = Self.code(t.escalation); pausedDays = t.pausedDays
        answer = t.answer; answeredAt = t.answeredAt; answeredOnSpot = t.answeredOnSpot
        answeredOnTime = t.answeredAt == nil ? nil : t.wasAnsweredOnTime; confirmedAt = t.confirmedAt
        autoConfirmed = t.autoConfirmed; rating = t.rating; ratingComment = t.ratingComment; reopenCount = t.reopenCount
        mergedInto = t.mergedInto?.rawValue
    }

    static func code(_ e: Escalation) -> String {
        switch e {
        case .none: "none"
        case .warned: "warned"
        case .leader: "leader"
        case .supervisor: "supervisor"
        }
    }
    static let escalationCodes = ["none", "warned", "leader", "supervisor"]
}

/// A ticket with its history and what the caller may do with it.
struct TicketDetailDTO: Content {
    struct Event: Content {
        var kind: TicketEventKind
        var at: Date
        /// "requester", "system", or the responder's name.
        var by: String
        var note: String
        var departmentId: UUID?
    }
    struct Photo: Content { var id: UUID; var contentType: String; var fileName: String; var size: Int; var url: String }

    var ticket: TicketDTO
    var events: [Event]
    var photos: [Photo]
    /// The actions the caller may try, by `type` as POST …/events takes them.
    var actions: [String]
}

/// A new ticket. Photos may come base64-encoded.
struct TicketRequest: Content {
    struct Photo: Content { var fileName: String; var data: String }
    var categoryId: UUID
    var title: String
    var body: String
    var anonymous: Bool?
    var publishable: Bool?
    var channel: TicketChannel?
    var visitPlace: VisitPlace?
    var briefingId: UUID?
    var answerOnSpot: String?
    var photos: [Photo]?

    var draft: TicketDraft {
        TicketDraft(categoryID: .init(categoryId), title: title, body: body, isAnonymous: anonymous ?? false,
                    isPublishable: publishable ?? true, channel: channel ?? .web, visitPlace: visitPlace,
                    briefingID: briefingId.map { .init($0) }, answerOnSpot: answerOnSpot)
    }

    func uploads() throws -> [TicketPhotoUpload] {
        try (photos ?? []).map { photo in
            guard let data = Data(base64Encoded: photo.data) else {
                throw DomainError.invalid(field: "photos", message: Message(zh: "照片应为base64编码", en: "Photos must be base64-encoded"))
            }
            return TicketPhotoUpload(fileName: photo.fileName, bytes: Array(data))
        }
    }
}

struct BriefingDTO: Content {
    struct Report: Content { var departmentId: UUID; var summary: String }
    struct Representative: Content { var name: String; var kind: Briefing.Representative.Kind; var collegeId: UUID? }
    var id: UUID
    var heldOn: String
    var title: String
    var place: String
    var reports: [Report]
    var representatives: [Representative]
    /// The questions raised there, anonymised, with their present status (in the single-briefing answer).
    var questions: [TicketDTO]?

    init(_ b: Briefing, questions: [TicketDTO]? = nil) {
        id = b.id.rawValue; heldOn = b.heldOn.iso; title = b.title; place = b.place
        reports = b.reports.map { Report(departmentId: $0.departmentID.rawValue, summary: $0.summary) }
        representatives = b.representatives.map { Representative(name: $0.name, kind: $0.kind, collegeId: $0.collegeID?.rawValue) }
        self.questions = questions
    }
}

struct BriefingRequest: Content {
    var heldOn: String
    var title: String
    var place: String?
    var reports: [BriefingDTO.Report]?
    var representatives: [BriefingDTO.Representative]?

    func draft() throws -> BriefingDraft {
        guard let date = LocalDate(iso: heldOn) else {
            throw DomainError.invalid(field: "heldOn", message: Message(zh: "日期格式应为YYYY-MM-DD", en: "heldOn must be YYYY-MM-DD"))
        }
        return BriefingDraft(heldOn: date, title: title, place: place ?? "",
                             reports: (reports ?? []).map { .init(departmentID: .init($0.departmentId), summary: $0.summary) },
                             representatives: (representatives ?? []).map { .init(name: $0.name, kind: $0.kind, collegeID: $0.collegeId.map { .init($0) }) })
    }
}
