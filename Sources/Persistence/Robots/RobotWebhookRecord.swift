import FluentKit
import Foundation

final class RobotWebhookRecord: Model, @unchecked Sendable {
    static let schema = "robot_webhooks"
    @ID(key: .id) var id: UUID?
    @Field(key: "school_id") var schoolID: UUID
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "name") var name: String
    @Field(key: "url_cipher") var urlCipher: Data
    @Field(key: "url_hash") var urlHash: String
    @OptionalField(key: "secret_cipher") var secretCipher: Data?
    @Field(key: "url_masked") var urlMasked: String
    @OptionalField(key: "created_by") var createdBy: UUID?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    var registered: RegisteredRobot {
        RegisteredRobot(id: .init(id!), schoolID: .init(schoolID), organizationID: .init(organizationID), kind: kind,
                        name: name, maskedURL: urlMasked, signed: secretCipher != nil, createdAt: createdAt)
    }
}
