import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// The report times (cut-off, reminder, reminders on or off): saved by the school-wide admin through the page or
    /// the API, refused beside what was typed when malformed or out of order, audited.
    @Suite struct ReportSettingsTests {
        static var school: School.ID { TestWorld.first.school.id }
        static func clock() -> ManualClock { ManualClock(MeetingWorld.instant("2026-11-19T08:00")) }

        @Test func settings_areSavedThroughThePage_andAudited() async throws {
            try await withApp(clock: Self.clock(), demoMode: true) { app in
                // setup
                let org = try Browser(app)
                _ = try await org.login("org")
                // MUT
                let saved = try await org.post("/settings/reports/times", form: ["cutoff": "11:30", "reminder": "8:45"])
                let page = try await org.get("/settings/reports")
                // validate
                #expect(saved.status == .seeOther && saved.headers.first(name: .location) == "/settings/reports")
                let settings = try await app.stores.reportForms.settings(of: Self.school)
                #expect(settings == ReportSettings(cutoffMinute: 11 * 60 + 30, reminderMinute: 8 * 60 + 45, remindersEnabled: false))
                #expect(page.body.string.contains("value=\"11:30\"") && page.body.string.contains("value=\"08:45\""))
                let events = try await app.stores.auditTrail.list(.init(action: .reportSettingsChanged), page: ListRequest(size: 50), scope: .system).items
                #expect(events.contains { $0.actorLogin == "org" && $0.detail == "cutoff=11:30 reminder=08:45 on=false" })
            }
        }

        @Test func badTimes_areRefused_andWhatWasTypedKept() async throws {
            try await withApp(clock: Self.clock(), demoMode: true) { app in
                // setup
                let org = try Browser(app)
                _ = try await org.login("org")
                // MUT
                let malformed = try await org.post("/settings/reports/times", form: ["cutoff": "25:00", "reminder": "09:00", "remindersEnabled": "true"])
                let reversed = try await org.post("/settings/reports/times?lang=en", form: ["cutoff": "09:00", "reminder": "09:30", "remindersEnabled": "true"])
                // validate
                #expect(malformed.status == .unprocessableEntity)
                #expect(malformed.body.string.contains("时间格式应为 时:分") && malformed.body.string.contains("value=\"25:00\""))
                #expect(reversed.status == .unprocessableEntity && reversed.body.string.contains("The reminder comes before the cut-off"))
                #expect(reversed.body.string.contains("value=\"09:30\""))
                #expect(try await app.stores.reportForms.settings(of: Self.school) == .standard)
            }
        }

        @Test func api_readsAndSavesTheSettings_counselorRefused() async throws {
            try await withApp(clock: Self.clock(), demoMode: true) { app in
                // setup
                let org = try Browser(app)
                _ = try await org.apiLogin("org")
                let counselor = try Browser(app)
                _ = try await counselor.apiLogin("counselor1")
                // MUT
                let before = try await org.json(.GET, "/api/v1/report-settings")
                let saved = try await org.json(.PUT, "/api/v1/report-settings", ["cutoff": "10:30", "reminder": "09:15", "remindersEnabled": true])
                let bad = try await org.json(.PUT, "/api/v1/report-settings", ["cutoff": "10:30", "reminder": "nine", "remindersEnabled": true])
                let refused = try await counselor.json(.PUT, "/api/v1/report-settings", ["cutoff": "12:00", "reminder": "09:00", "remindersEnabled": true])
                // validate
                #expect(before.status == .ok && before.body.string.contains("\"cutoff\":\"10:00\""))
                #expect(saved.status == .ok && saved.body.string.contains("\"reminder\":\"09:15\""))
                #expect(bad.status == .unprocessableEntity)
                #expect(refused.status == .forbidden)
                #expect(try await app.stores.reportForms.settings(of: Self.school).reminderMinute == 9 * 60 + 15)
            }
        }
    }
}
