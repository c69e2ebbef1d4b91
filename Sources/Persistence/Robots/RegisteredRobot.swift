import Domain
import Foundation
import Tagged

/// A group robot an organisation posts reminders to, as pages show it: never its address or secret.
public struct RegisteredRobot: Equatable, Sendable, Identifiable {
    public typealias ID = Tagged<RegisteredRobot, UUID>
    public var id: ID
    public var schoolID: School.ID
    public var organizationID: Organization.ID
    /// `wecom`, `dingtalk` or `feishu` (Robots' RobotKind; Persistence stores what Web recognised).
    public var kind: String
    /// What the group is called, to tell several robots apart ("支委会群").
    public var name: String
    /// Host and the last four characters of the token.
    public var maskedURL: String
    /// Whether a signing secret is kept.
    public var signed: Bool
    public var createdAt: Date
}

/// What the dispatcher needs to post: the opened address and secret. Only the outbox dispatcher asks for it.
public struct RobotCredentials: Sendable {
    public var robot: RegisteredRobot
    public var url: String
    public var secret: String?
}

/// A robot to register: the caller has recognised the address (Web, through Robots) and masked it.
public struct RobotRegistration: Sendable {
    public var kind: String
    public var name: String
    public var url: String
    public var secret: String?
    public var maskedURL: String

    public init(kind: String, name: String, url: String, secret: String?, maskedURL: String) {
        self.kind = kind; self.name = name; self.url = url; self.secret = secret; self.maskedURL = maskedURL
    }
}
