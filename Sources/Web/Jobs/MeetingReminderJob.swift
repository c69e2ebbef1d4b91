import Foundation
import Persistence

/// Every morning at 08:00 (Asia/Shanghai), branches that still owe a meeting this period hear about it.
enum MeetingReminderJob {
    static let job = ScheduledJob.daily(at: 8, name: "meeting-reminders") { context in
        let sent = try await context.stores.compliance.sendReminders(now: context.now, keyring: context.stores.keyring)
        context.logger.info("meeting reminders sent: \(sent)")
    }
}
