import FluentKit
import Foundation

final class OutboxRecord: Model, @unchecked Sendable {
    static let schema = "outbox"
    @ID(key: .id) var id: UUID?
    @Field(key: "school_id") var schoolID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "target_id") var targetID: UUID
    /// The payload sealed with the Keyring, base64: a message may mention members' mobile numbers.
    @Field(key: "payload") var payload: String
    @Field(key: "status") var status: String
    @Field(key: "attempts") var attempts: Int
    @Field(key: "next_attempt_at") var nextAttemptAt: Date
    @OptionalField(key: "lease_until") var leaseUntil: Date?
    @OptionalField(key: "last_error") var lastError: String?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "delivered_at") var deliveredAt: Date?

    init() {}
}
