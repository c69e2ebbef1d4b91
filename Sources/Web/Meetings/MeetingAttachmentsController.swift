import Domain
import Foundation
import Persistence
import Vapor

/// Photos and PDFs of a meeting: upload (type-checked by signature, size-limited), download, removal.
enum MeetingAttachmentsController {
    static let endpoints = [
        Endpoint(.POST, "meetings/:id/attachments", .manageMeetings, upload),
        Endpoint(.GET, "meetings/:id/attachments/:attachmentID", .viewMeetings, download),
        Endpoint(.POST, "meetings/:id/attachments/:attachmentID/delete", .manageMeetings, remove),
    ]

    struct Upload: Content { var file: File? }

    @Sendable static func upload(_ request: Request) async throws -> Response {
        let id: Meeting.ID = try request.id("id")
        do {
            guard let file = try? request.content.decode(Upload.self).file, file.data.readableBytes > 0 else {
                throw DomainError.invalid(field: "file", message: Message(zh: "请选择要上传的文件", en: "Choose a file to upload"))
            }
            _ = try await request.stores.meetings.addAttachment(to: id, fileName: file.filename, bytes: Array(buffer: file.data),
                                                                context: try request.auditContext)
            return request.redirect(to: MeetingRoute.meeting(id).path + "#attachments", redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity {
            return try await MeetingShow.response(request, id: id, error: nil, attachmentError: error)
        }
    }

    @Sendable static func download(_ request: Request) async throws -> Response {
        let id: Meeting.ID = try request.id("id")
        guard let attachmentID = request.parameters.get("attachmentID").flatMap(UUID.init(uuidString:)) else { throw DomainError.notFound }
        let (info, data) = try await request.stores.meetings.attachment(attachmentID, of: id, scope: try request.actor.scope)
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType.fileExtension(AttachmentRules.FileType(rawValue: info.contentType)?.fileExtension ?? "bin")
        // Images show inline; anything else downloads. The name is percent-encoded for RFC 6266.
        let disposition = info.contentType.hasPrefix("image/") ? "inline" : "attachment"
        let encoded = info.fileName.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "file"
        headers.replaceOrAdd(name: .contentDisposition, value: "\(disposition); filename=\"attachment\"; filename*=UTF-8''\(encoded)")
        headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    @Sendable static func remove(_ request: Request) async throws -> Response {
        let id: Meeting.ID = try request.id("id")
        guard let attachmentID = request.parameters.get("attachmentID").flatMap(UUID.init(uuidString:)) else { throw DomainError.notFound }
        try await request.stores.meetings.removeAttachment(attachmentID, of: id, context: try request.auditContext)
        return request.redirect(to: MeetingRoute.meeting(id).path + "#attachments", redirectType: .normal)
    }
}
