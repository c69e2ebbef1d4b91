import Domain
import Foundation
import Tagged

/// One delivery to an outside service, as the dispatcher and the robot page see it.
public struct OutboxEntry: Equatable, Sendable, Identifiable {
    public typealias ID = Tagged<OutboxEntry, UUID>
    public var id: ID
    public var schoolID: School.ID
    public var target: OutboxTarget
    /// What to send (for a robot: the message's JSON), opened from its sealed column.
    public var payload: String
    public var status: Status
    public var attempts: Int
    public var nextAttemptAt: Date
    public var lastError: String?
    public var createdAt: Date
    public var deliveredAt: Date?

    public enum Status: String, Codable, CaseIterable, Sendable { case pending, delivered, failed }
}

/// Where a delivery goes: the `kind` and `target_id` columns, typed.
public enum OutboxTarget: Equatable, Hashable, Sendable {
    case robot(RegisteredRobot.ID)

    var kind: String { switch self { case .robot: "robot" } }
    var id: UUID { switch self { case .robot(let id): id.rawValue } }

    init?(kind: String, id: UUID) {
        switch kind {
        case "robot": self = .robot(.init(id))
        default: return nil
        }
    }
}
