import FluentKit

extension Migrations {
    /// Scheduled jobs, the outbox of outside deliveries and group robots (appended to `all` as its own batch).
    public static let jobsAndOutbox: [any Migration] = [CreateJobs(), CreateOutbox(), CreateRobotWebhooks()]
}
