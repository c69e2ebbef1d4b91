import Foundation
import Persistence

/// 限时办结: every ten minutes, tickets reaching their warning, deadline or supervisor limit go up a level (their
/// responder, the department's leaders, the school's supervisors are told), and answers left unconfirmed past
/// the confirmation period are confirmed. Levels only rise, so a repeated run changes nothing.
enum TicketEscalationJob {
    static let job = ScheduledJob.every(600, name: "ticket-escalation") { context in
        let run = try await context.stores.tickets.escalate(now: context.now)
        context.logger.info("tickets escalated: warned \(run.warned), leader \(run.toLeader), supervisor \(run.toSupervisor); auto-confirmed \(run.autoConfirmed)")
    }
}
