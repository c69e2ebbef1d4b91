import Domain
import FluentKit
import Foundation

/// A photo attached by the requester.
public struct TicketPhoto: Equatable, Sendable {
    public var id: UUID
    public var contentType: String
    public var fileName: String
    public var size: Int
}

final class TicketPhotoRecord: Model, @unchecked Sendable {
    static let schema = "ticket_photos"
    @ID(key: .id) var id: UUID?
    @Field(key: "ticket_id") var ticketID: UUID
    @Field(key: "content_type") var contentType: String
    @Field(key: "file_name") var fileName: String
    @Field(key: "size") var size: Int
    @Field(key: "data") var data: Data
    @Field(key: "created_at") var createdAt: Date

    init() {}
}
