import Domain
import Foundation
import Persistence
import Vapor

/// The ticket form as typed, kept whole so that a refused submission shows everything again.
struct TicketForm: Content {
    var categoryId: String = ""
    var title: String = ""
    var body: String = ""
    var anonymous: Bool? = nil
    var publishable: Bool? = true
    var channel: String = TicketChannel.web.rawValue
    var visitPlace: String? = nil
    /// The form's one-time token: a second press of the button, or a resent request, stores one ticket.
    var submission: String = UUID().uuidString
    var photos: [File]? = nil

    init() {}

    /// From a plain form without files (a question recorded at a briefing).
    init(fields: [String: String]) {
        categoryId = fields["categoryId"] ?? ""; title = fields["title"] ?? ""; body = fields["body"] ?? ""
        anonymous = fields["anonymous"] == "true"; publishable = fields["publishable"] == "true"
        channel = fields["channel"] ?? TicketChannel.web.rawValue; visitPlace = fields["visitPlace"]
        submission = fields["submission"] ?? UUID().uuidString
    }

    func draft() throws -> TicketDraft {
        guard let category = UUID(uuidString: categoryId) else {
            throw DomainError.invalid(field: "category", message: Message(zh: "请选择问题类别", en: "Choose a category"))
        }
        guard let channel = TicketChannel(rawValue: channel), channel != .briefing else {
            throw DomainError.invalid(field: "channel", message: Message(zh: "请选择来源渠道", en: "Choose a channel"))
        }
        return TicketDraft(categoryID: .init(category), title: title, body: body, isAnonymous: anonymous ?? false,
                           isPublishable: publishable ?? false, channel: channel,
                           visitPlace: visitPlace.flatMap(VisitPlace.init(rawValue:)))
    }

    /// The files actually chosen (an empty file input still sends an empty part).
    var uploads: [TicketPhotoUpload] {
        (photos ?? []).filter { $0.data.readableBytes > 0 }.map { TicketPhotoUpload(fileName: $0.filename, bytes: Array(buffer: $0.data)) }
    }
}
