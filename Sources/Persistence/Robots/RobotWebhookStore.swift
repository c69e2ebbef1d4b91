import Domain
import FluentKit
import Foundation

/// The robots of each organisation. Reads and writes check the organisation against the actor's scope,
/// so a robot of an organisation out of scope is answered like a missing one.
public struct RobotWebhookStore: Sendable {
    let database: any Database
    let keyring: Keyring
    let audit: AuditLog

    public func list(organization id: Organization.ID, scope: Scope) async throws -> [RegisteredRobot] {
        _ = try await organization(id, scope: scope)
        return try await RobotWebhookRecord.query(on: database).filter(\.$organizationID == id.rawValue)
            .sort(\.$createdAt).all().map(\.registered)
    }

    public func register(_ registration: RobotRegistration, for id: Organization.ID,
                         context: AuditContext) async throws -> RegisteredRobot {
        let organization = try await organization(id, scope: context.actor.scope)
        let name = registration.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 50 else {
            throw DomainError.invalid(field: "name", message: Message(zh: "请填写群名称（不超过50字）", en: "Name the group (at most 50 characters)"))
        }
        let hash = keyring.lookupHash(registration.url)
        guard try await RobotWebhookRecord.query(on: database).filter(\.$organizationID == id.rawValue)
            .filter(\.$urlHash == hash).count() == 0 else {
            throw DomainError.conflict(Message(zh: "这个群机器人已经登记过了", en: "This robot is already registered"))
        }
        let record = RobotWebhookRecord()
        record.id = UUID(); record.schoolID = organization.schoolID; record.organizationID = id.rawValue
        record.kind = registration.kind; record.name = name; record.urlCipher = try keyring.seal(registration.url)
        record.urlHash = hash; record.secretCipher = try registration.secret.map(keyring.seal)
        record.urlMasked = registration.maskedURL; record.createdBy = context.actor.accountID.rawValue
        record.createdAt = context.now
        try await database.writing { [record] tx in
            try await record.create(on: tx)
            try await audit.append(context.event(.robotRegistered, target: "robot:\(record.id!)", school: .init(organization.schoolID),
                                                 detail: "\(registration.kind) \(registration.maskedURL) organization:\(id.rawValue)"), on: tx)
        }
        return record.registered
    }

    public func remove(_ robotID: RegisteredRobot.ID, of id: Organization.ID, context: AuditContext) async throws {
        let organization = try await organization(id, scope: context.actor.scope)
        guard let record = try await RobotWebhookRecord.query(on: database).filter(\.$id == robotID.rawValue)
            .filter(\.$organizationID == id.rawValue).first() else { throw DomainError.notFound }
        try await database.writing { tx in
            try await record.delete(on: tx)
            try await audit.append(context.event(.robotRemoved, target: "robot:\(robotID.rawValue)", school: .init(organization.schoolID),
                                                 detail: "\(record.kind) \(record.urlMasked) organization:\(id.rawValue)"), on: tx)
        }
    }

    /// One robot of an organisation in scope (the page's "send a test message").
    public func find(_ robotID: RegisteredRobot.ID, of id: Organization.ID, scope: Scope) async throws -> RegisteredRobot {
        _ = try await organization(id, scope: scope)
        guard let record = try await RobotWebhookRecord.query(on: database).filter(\.$id == robotID.rawValue)
            .filter(\.$organizationID == id.rawValue).first() else { throw DomainError.notFound }
        return record.registered
    }

    /// The opened address and secret, for the outbox dispatcher only (it acts for the system: no scope);
    /// nil once the robot has been removed.
    public func resolve(_ robotID: RegisteredRobot.ID) async throws -> RobotCredentials? {
        guard let record = try await RobotWebhookRecord.find(robotID.rawValue, on: database) else { return nil }
        return RobotCredentials(robot: record.registered, url: try keyring.open(record.urlCipher),
                                secret: try record.secretCipher.map(keyring.open))
    }

    private func organization(_ id: Organization.ID, scope: Scope) async throws -> OrganizationRecord {
        guard let record = try await OrganizationRecord.query(on: database).scoped(scope)
            .filter(\.$id == id.rawValue).first() else { throw DomainError.notFound }
        return record
    }
}
