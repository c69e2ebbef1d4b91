import Foundation
import Logging
import Persistence
import Robots

/// Sends what the outbox holds, as a scheduled job: claims due deliveries, posts each to its robot and
/// records the answer. Throttled or unreachable robots are retried with backoff; refusals stop at once.
/// Addresses, tokens and secrets are opened only here and never logged or stored in an error.
struct OutboxDispatcher: Sendable {
    static let jobName = "outbox"
    static let batch = 20
    /// Long enough for a batch of robots that each time out (10 s apiece).
    static let leaseSeconds: TimeInterval = 300
    /// The wait after each failed attempt: 30 s, 2 min, 10 min, 1 h, 6 h; the sixth failure is final.
    static let backoff: [TimeInterval] = [30, 120, 600, 3600, 21_600]

    var transport: any RobotTransport

    static func job(transport box: RobotTransportBox) -> ScheduledJob {
        .every(30, name: jobName) { context in try await OutboxDispatcher(transport: box.transport).run(context) }
    }

    func run(_ context: JobContext) async throws {
        let due = try await context.stores.outbox.claimDue(now: context.now, limit: Self.batch, leaseSeconds: Self.leaseSeconds)
        for entry in due {
            do {
                try await deliver(entry, context)
            } catch {
                // The lease runs out and the delivery is tried again; nothing here may stop the others.
                context.logger.error("outbox \(entry.id.rawValue) not recorded: \(String(describing: type(of: error)))")
            }
        }
    }

    private func deliver(_ entry: OutboxEntry, _ context: JobContext) async throws {
        switch entry.target {
        case .robot(let id):
            guard let credentials = try await context.stores.robotWebhooks.resolve(id) else {
                return try await context.stores.outbox.markFailed(entry.id, attempts: entry.attempts, error: "robot removed")
            }
            let webhook: RobotWebhook
            let payload: RobotPayload
            do {
                webhook = try RobotWebhook(url: credentials.url, secret: credentials.secret)
                payload = try JSONDecoder().decode(RobotPayload.self, from: Data(entry.payload.utf8))
            } catch {
                return try await context.stores.outbox.markFailed(entry.id, attempts: entry.attempts, error: "unreadable robot or payload")
            }
            let request = webhook.request(for: RobotMessage(text: payload.text, mentionedMobiles: payload.mentionedMobiles),
                                          now: context.now)
            let reply: RobotReply
            do {
                let answer = try await transport.send(request)
                reply = RobotReply(kind: webhook.kind, status: answer.status, body: answer.body)
            } catch {
                reply = .unanswered(error)
            }
            try await record(reply, of: entry, robot: credentials.robot, webhook: webhook, context)
        }
    }

    private func record(_ reply: RobotReply, of entry: OutboxEntry, robot: RegisteredRobot, webhook: RobotWebhook,
                        _ context: JobContext) async throws {
        let attempts = entry.attempts + 1, outbox = context.stores.outbox
        let about = "outbox \(entry.id.rawValue) robot \(robot.id.rawValue) (\(robot.maskedURL)) attempt \(attempts)"
        switch reply {
        case .delivered:
            try await outbox.markDelivered(entry.id, at: context.now)
        case .retryLater(let why):
            let reason = webhook.redact(why)
            if attempts <= Self.backoff.count {
                try await outbox.scheduleRetry(entry.id, attempts: attempts,
                                               nextAttemptAt: context.now.addingTimeInterval(Self.backoff[attempts - 1]), error: reason)
                context.logger.warning("\(about): retry later: \(reason)")
            } else {
                try await outbox.markFailed(entry.id, attempts: attempts, error: reason)
                context.logger.error("\(about): given up: \(reason)")
            }
        case .rejected(let why):
            let reason = webhook.redact(why)
            try await outbox.markFailed(entry.id, attempts: attempts, error: reason)
            context.logger.error("\(about): refused: \(reason)")
        }
    }
}
