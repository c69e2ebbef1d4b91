import Domain
import FluentKit
import Foundation

final class AuditEventRecord: Model, @unchecked Sendable {
    static let schema = "audit_events"
    @ID(key: .id) var id: UUID?
    @Field(key: "chain") var chain: String
    @Field(key: "sequence") var sequence: Int64
    @OptionalField(key: "school_id") var schoolID: UUID?
    @Field(key: "at") var at: Date
    @Field(key: "actor_login") var actorLogin: String
    @Field(key: "action") var action: String
    @Field(key: "target") var target: String
    @Field(key: "result") var result: String
    @Field(key: "address") var address: String
    @Field(key: "detail") var detail: String
    @Field(key: "previous_hash") var previousHash: String
    @Field(key: "hash") var hash: String

    init() {}

    var domain: AuditEvent {
        AuditEvent(sequence: sequence, schoolID: schoolID.map { .init($0) }, at: at, actorLogin: actorLogin,
                   action: AuditAction(rawValue: action) ?? .personUpdated, target: target,
                   result: AuditEvent.Result(rawValue: result) ?? .failure, address: address, detail: detail)
    }
}
