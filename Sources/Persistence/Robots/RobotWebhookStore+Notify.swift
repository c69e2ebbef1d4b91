import Domain
import FluentKit
import Foundation

extension RobotWebhookStore {
    /// Queues a message to every robot of an organisation, on the caller's database (inside its `writing`
    /// transaction, so the message exists if and only if the change commits). Sending happens later, in the
    /// outbox dispatcher, and never fails the caller. Answers how many robots will receive it (0: none registered).
    @discardableResult
    public func notify(_ organization: Organization.ID, _ payload: RobotPayload, now: Date,
                       on database: any Database) async throws -> Int {
        let robots = try await RobotWebhookRecord.query(on: database).filter(\.$organizationID == organization.rawValue).all()
        for robot in robots {
            try await enqueue(payload, to: robot.registered, now: now, on: database)
        }
        return robots.count
    }

    /// Queues a message to one robot in a write of its own (a test message: there is no change to go with it).
    @discardableResult
    public func enqueue(_ payload: RobotPayload, to robot: RegisteredRobot, now: Date) async throws -> OutboxEntry.ID {
        try await database.writing { tx in try await enqueue(payload, to: robot, now: now, on: tx) }
    }

    /// Queues a message to one robot, on the caller's database.
    @discardableResult
    public func enqueue(_ payload: RobotPayload, to robot: RegisteredRobot, now: Date,
                        on database: any Database) async throws -> OutboxEntry.ID {
        let json = String(decoding: try JSONEncoder().encode(payload), as: UTF8.self)
        return try await OutboxStore(database: database, keyring: keyring)
            .enqueue(.robot(robot.id), payload: json, school: robot.schoolID, now: now, on: database)
    }
}
