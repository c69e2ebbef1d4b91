import Domain
import FluentKit
import Foundation

public struct AttachmentInfo: Equatable, Sendable, Identifiable {
    public var id: UUID
    public var fileName: String
    public var contentType: String
    public var size: Int
    public var createdAt: Date?
}

extension MeetingStore {
    public func attachments(of id: Meeting.ID, scope: Scope) async throws -> [AttachmentInfo] {
        _ = try await record(id, scope: scope)
        return try await AttachmentRecord.query(on: database).filter(\.$meetingID == id.rawValue)
            // Never the content: a list loads names and sizes only.
            .field(\.$id).field(\.$fileName).field(\.$contentType).field(\.$size).field(\.$createdAt)
            .sort(\.$createdAt).all().map(\.info)
    }

    /// Adds a photo or PDF to a meeting in scope, after checking its type by signature and its size.
    public func addAttachment(to id: Meeting.ID, fileName: String, bytes: [UInt8], context: AuditContext) async throws -> AttachmentInfo {
        let meeting = try await record(id, scope: context.actor.scope)
        let count = try await AttachmentRecord.query(on: database).filter(\.$meetingID == id.rawValue).count()
        let type = try AttachmentRules.check(bytes, existingCount: count)
        let record = AttachmentRecord()
        record.id = UUID(); record.meetingID = id.rawValue; record.contentType = type.rawValue; record.size = bytes.count
        record.fileName = AttachmentRules.cleanName(fileName, type: type); record.content = Data(bytes)
        record.uploadedBy = context.actor.login
        try await database.writing { tx in
            try await record.create(on: tx)
            try await audit.append(context.event(.attachmentAdded, target: "meeting:\(id.rawValue)", school: .init(meeting.schoolID),
                                                 detail: "\(record.fileName) \(type.rawValue) \(bytes.count)"), on: tx)
        }
        return record.info
    }

    public func attachment(_ attachmentID: UUID, of id: Meeting.ID, scope: Scope) async throws -> (AttachmentInfo, Data) {
        _ = try await record(id, scope: scope)
        guard let record = try await AttachmentRecord.query(on: database).filter(\.$id == attachmentID)
            .filter(\.$meetingID == id.rawValue).first() else { throw DomainError.notFound }
        return (record.info, record.content)
    }

    public func removeAttachment(_ attachmentID: UUID, of id: Meeting.ID, context: AuditContext) async throws {
        let meeting = try await record(id, scope: context.actor.scope)
        guard let record = try await AttachmentRecord.query(on: database).filter(\.$id == attachmentID)
            .filter(\.$meetingID == id.rawValue).first() else { throw DomainError.notFound }
        try await database.writing { tx in
            try await record.delete(on: tx)
            try await audit.append(context.event(.attachmentRemoved, target: "meeting:\(id.rawValue)", school: .init(meeting.schoolID),
                                                 detail: record.fileName), on: tx)
        }
    }
}

extension AttachmentRecord {
    var info: AttachmentInfo {
        AttachmentInfo(id: id!, fileName: fileName, contentType: contentType, size: size, createdAt: createdAt)
    }
}
