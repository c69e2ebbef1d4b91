import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// Reminders of meetings owed: sent once per branch, kind, period and moment, whatever the number of runs.
    @Suite struct MeetingReminderJobTests {
        @Test func reminders_reachTheSecretaryOnce_evenWhenTheJobRunsTwice() async throws {
            try await withApp(demoMode: true) { app in
                // setup: 08:00 on the first day of next month (Asia/Shanghai), when every monthly meeting is newly due
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
                let thisMonth = calendar.date(from: calendar.dateComponents([.year, .month], from: Date()))!
                let nextMonth = calendar.date(byAdding: DateComponents(month: 1, hour: 8), to: thisMonth)!
                // MUT
                let first = try await app.stores.compliance.sendReminders(now: nextMonth, keyring: app.zhibu.keyring)
                let second = try await app.stores.compliance.sendReminders(now: nextMonth.addingTimeInterval(60), keyring: app.zhibu.keyring)
                // validate
                #expect(first > 0)
                #expect(second == 0)
                let browser = try Browser(app)
                try await browser.login("branch1")
                let page = try await browser.get("/notices")
                #expect(page.status == .ok)
                #expect(String(buffer: page.body).contains("组织生活提醒"))
                #expect(String(buffer: page.body).contains("主题党日"))
            }
        }

        @Test func job_isRegistered_andRunsThroughTheRunner() async throws {
            try await withApp { app in
                // setup: the first pass learns the job, due at the next 08:00
                let start = Date()
                _ = await app.jobs.runDue(now: start)
                // MUT: a day later it is due, and the runner claims and runs it
                let runs = await app.jobs.runDue(now: start.addingTimeInterval(86_400))
                // validate
                #expect(runs.contains { $0.name == "meeting-reminders" && $0.error == nil })
            }
        }
    }
}
