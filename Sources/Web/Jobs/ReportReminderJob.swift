import Domain
import Foundation
import Persistence

/// 日报提醒: every five minutes, each school whose reminder time of the day has passed (and whose cut-off has not)
/// sends the students who have not reported an in-app notice. The day's reminder is written once per school, with
/// its key, so later runs that day (or another server's) send nothing.
enum ReportReminderJob {
    static let job = ScheduledJob.every(300, name: "report-reminders") { context in
        var sent = 0
        for school in try await context.stores.schools.all() {
            sent += try await remind(school, context)
        }
        if sent > 0 { context.logger.info("daily report reminders sent: \(sent)") }
    }

    static func remind(_ school: School, _ context: JobContext) async throws -> Int {
        let settings = try await context.stores.reportForms.settings(of: school.id)
        let timing = ReportTiming(timeZone: school.timeZone, settings: settings)
        let today = timing.day(of: context.now)
        guard settings.remindersEnabled, context.now >= timing.reminder(of: today), context.now < timing.cutoff(of: today) else { return 0 }
        return try await context.stores.reportReminders.sendDaily(school: school.id, on: today, now: context.now)
    }
}
