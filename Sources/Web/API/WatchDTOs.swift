import Domain
import Foundation
import Persistence
import Vapor

/// A watch as the API shows it: the student by id, name and number (the caller's scope reaches them), the days
/// under watch counted in the school's time zone, and how it ended.
struct WatchDTO: Content {
    var id: UUID
    var personId: UUID
    var personName: String
    var personNumber: String
    var className: String?
    var status: WatchStatus
    var openedOn: String
    var daysUnderWatch: Int
    var reason: String
    /// The abnormal daily report that opened it; absent when put on watch by hand.
    var reportId: UUID?
    var followUpCount: Int
    var lastFollowUpAt: Date?
    var closedAt: Date?
    var closedBy: String?
    var closingReason: WatchClosing.Reason?
    var closingText: String?

    init(_ e: WatchStore.Entry, today: LocalDate) {
        let w = e.watch
        id = w.id.rawValue; personId = w.personID.rawValue; personName = e.name; personNumber = e.number
        className = e.className; status = w.status; openedOn = w.openedOn.iso; daysUnderWatch = w.daysUnderWatch(today: today)
        reason = w.reason; reportId = w.reportID; followUpCount = e.followUpCount; lastFollowUpAt = e.lastFollowUp?.happenedAt
        closedAt = w.closedAt; closedBy = w.closedBy; closingReason = w.closing?.reason
        closingText = w.closing.flatMap { $0.text.isEmpty ? nil : $0.text }
    }
}

struct FollowUpDTO: Content {
    var id: UUID
    var method: FollowUpMethod
    var result: FollowUpResult
    var note: String
    var happenedAt: Date
    /// The login of the account that recorded it.
    var recordedBy: String

    init(_ f: FollowUp) {
        id = f.id.rawValue; method = f.method; result = f.result; note = f.note; happenedAt = f.happenedAt; recordedBy = f.recordedBy
    }
}

/// A watch with its follow-ups, oldest first.
struct WatchDetailDTO: Content {
    var watch: WatchDTO
    var followUps: [FollowUpDTO]
}

/// Putting a student on watch by hand; the day defaults to today in the school's time zone.
struct WatchRequest: Content {
    var personId: UUID
    var reason: String?
    var day: String?
}

/// A follow-up; codes arrive as text so that an unknown one is a 422 that names its field.
struct FollowUpRequest: Content {
    var method: String?
    var result: String?
    var note: String?
    var happenedAt: Date?

    var draft: FollowUpDraft {
        get throws {
            FollowUpDraft(method: try FollowUpForm.code(method, field: "method"), result: try FollowUpForm.code(result, field: "result"),
                          note: note ?? "", happenedAt: happenedAt)
        }
    }
}

/// Closing a watch: `reason` is required; `text` too when the reason is `other`.
struct WatchCloseRequest: Content {
    var reason: String?
    var text: String?

    func closing() throws -> WatchClosing? { try WatchCloseForm(reason: reason, text: text).closing() }
}
